/**
 * Registration numbers: registry region code (6 digits) + year of certification (4) + a
 * sequence within that registry and year (6), e.g. 3406002025000042. The sequence comes from a
 * per-region-year counter row locked by the certifying transaction, so numbers are unique and
 * gap-free per registry and year.
 */
const PATTERN = /^(\d{6})(\d{4})(\d{6})$/;
export const MAX_SEQUENCE = 999_999;

export function formatRegistrationNo(regionCode: string, year: number, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error(`bad region code ${regionCode}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`bad year ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE)
    throw new Error(`sequence out of range: ${sequence}`);
  return `${regionCode}${year}${String(sequence).padStart(6, '0')}`;
}

export function parseRegistrationNo(no: string): { regionCode: string; year: number; sequence: number } | undefined {
  const m = PATTERN.exec(no);
  if (!m) return undefined;
  const sequence = Number(m[3]);
  if (sequence < 1) return undefined;
  return { regionCode: m[1]!, year: Number(m[2]), sequence };
}
