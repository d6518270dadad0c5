/** Parsing of spreadsheet cell texts: money in 元, dates, yes/no, lists. */
import { yuanToFen } from '../../shared/money/index.js';

/** 10 万亿元 in fen: far above any single listing or contract, far below bigint limits of sums. */
export const MAX_IMPORT_FEN = 1_000_000_000_000_000n;

export type YuanParse = { ok: true; fen: bigint } | { ok: false; problem: 'nan' | 'negative' | 'range' };

/**
 * An amount in 元 ("1234.5", "1,234.50", "¥1234") into integer fen; at most two decimals.
 * Anything else (text, a formula, an expression) is not a number.
 */
export function parseYuan(text: string): YuanParse {
  let t = text
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .trim();
  const negative = t.startsWith('-');
  if (negative) t = t.slice(1);
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  const m = /^(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return { ok: false, problem: 'nan' };
  let decimals = m[2] ?? '';
  // Excel stores 0.1 + 0.2 style floats; accept trailing zeros only beyond the second decimal.
  if (decimals.length > 2) {
    if (!/^0+$/.test(decimals.slice(2))) return { ok: false, problem: 'nan' };
    decimals = decimals.slice(0, 2);
  }
  const fen = yuanToFen(decimals ? `${m[1]}.${decimals}` : m[1]!);
  if (negative && fen > 0n) return { ok: false, problem: 'negative' };
  if (fen > MAX_IMPORT_FEN) return { ok: false, problem: 'range' };
  return { ok: true, fen };
}

/**
 * An amount in 元 as parseYuan reads it, in fen as a decimal string. Plain amounts (up to 13
 * digits and two decimals, nearly every cell of a file) are worked out on the digits, without a
 * BigInt; they are all within MAX_IMPORT_FEN.
 */
export function parseYuanFen(text: string): { ok: true; fen: string } | Extract<YuanParse, { ok: false }> {
  const plain = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (plain) {
    const digits = plain[1]! + (plain[2] ?? '').padEnd(2, '0');
    let start = 0;
    while (start < digits.length - 1 && digits.charCodeAt(start) === 48) start++;
    return { ok: true, fen: digits.slice(start) };
  }
  const r = parseYuan(text);
  return r.ok ? { ok: true, fen: r.fen.toString() } : r;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日, and a real calendar date (proleptic Gregorian, as Date). */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  // Most cells are already YYYY-MM-DD: checked as they are, with no match array nor padding.
  if (ISO_DATE.test(t))
    return isDay(Number(t.slice(0, 4)), Number(t.slice(5, 7)), Number(t.slice(8, 10))) ? t : undefined;
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m || !isDay(Number(m[1]), Number(m[2]), Number(m[3]))) return undefined;
  return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
}

/**
 * Whether the day exists — arithmetic, not a Date round trip: a contract file has two dates a
 * row, and building and printing a Date was the costliest step of validating one (issue 21).
 */
function isDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);
}

export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '1', '√'].includes(t)) return true;
  if (['否', 'n', 'no', 'false', '0', ''].includes(t)) return false;
  return undefined;
}

export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
