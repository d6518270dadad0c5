/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
 * the 18th is a check character over the first 17 with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9ABCDEFGHJKLMNPQRTUWXY]{18}$/;

/** The check character for the first 17 characters (which must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  if (!/^[0-9ABCDEFGHJKLMNPQRTUWXY]{17}$/.test(first17)) throw new Error('need 17 characters of the GB 32100 alphabet');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Whether `code` is a well-formed 统一社会信用代码 with a correct check character. */
export function isValidCreditCode(code: string): boolean {
  if (!SHAPE.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Upper-cases and strips spaces, the way people type codes off certificates. */
export function normalizeCreditCode(code: string): string {
  return code.replace(/\s+/g, '').toUpperCase();
}

/** Bureaus and the platform may use an internal code: letters, digits and '-', 4 to 32. */
export function isValidInternalCode(code: string): boolean {
  return /^[0-9A-Z-]{4,32}$/.test(code);
}
