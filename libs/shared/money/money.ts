/**
 * Money for the server and the web alike (pure TypeScript: no Node or DOM, so Vite bundles it).
 *
 * Amounts are integer fen (分). 1 元 = 100 分, 1 万元 = 10,000 元 = 1,000,000 分. Every
 * conversion is exact integer arithmetic on BigInt or on the decimal digits; no amount ever
 * passes through a floating-point number.
 *
 * The one rounding rule: an amount is rounded once, from its exact fen, to the step it is shown
 * in, half away from zero (四舍五入). A total is summed in fen and then rounded — never summed
 * from rounded rows. Where rounded rows stand under their rounded total, the rows are
 * apportioned (`apportion`: largest remainder) so that they add up to the total shown; each row
 * then differs from its own rounding by at most one step, and from its exact value by less than
 * one step.
 */

export const FEN_PER_YUAN = 100n;
export const FEN_PER_WAN = 1_000_000n;
export const FEN_PER_YI = 10_000_000_000n;
/** The step amounts in 万元 are shown in: 0.01 万元 = 100 元 = 10,000 分. */
export const WAN_STEP_FEN = 10_000n;

/** An integer amount of fen as it arrives: BigInt, a decimal string (JSON, bigint columns) or a safe integer. */
export type FenLike = bigint | string | number;

const INTEGER = /^[+-]?\d+$/;

/** Integer fen from what the API or the database gave; a RangeError for anything but an integer. */
export function toFen(value: FenLike): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer amount of fen: ${value}`);
    return BigInt(value);
  }
  const text = value.trim();
  if (!INTEGER.test(text)) throw new RangeError(`not an integer amount of fen: ${JSON.stringify(value)}`);
  return BigInt(text);
}

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

/** fen ÷ unit rounded half away from zero: how many `unit`s an amount is shown as. */
export function roundToUnits(fen: bigint, unit: bigint): bigint {
  if (unit <= 0n) throw new RangeError('unit must be positive');
  const a = abs(fen);
  const q = (a + unit / 2n) / unit;
  // an odd unit has no exact half; for an even one `a + unit/2` rounds the half up (away from zero)
  return fen < 0n ? -q : q;
}

/** A signed integer count of 10^-decimals as a decimal string with exactly `decimals` places. */
export function scaledText(units: bigint, decimals: number): string {
  const neg = units < 0n;
  const digits = abs(units)
    .toString()
    .padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  const frac = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${neg ? '-' : ''}${int}${frac}`;
}

/** Drops trailing zeros of the fraction (and the point): 12.50 → 12.5, 12.00 → 12. */
export function trimZeros(decimal: string): string {
  return decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal;
}

/** Thousands separators in the integer part: 1234567.5 → 1,234,567.5. */
export function groupThousands(decimal: string): string {
  const [int, frac] = decimal.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Fen → 元 with two decimals, exact: 12345 → "123.45". */
export function fenToYuan(fen: FenLike): string {
  return scaledText(toFen(fen), 2);
}

/** 元 text with at most two decimals (a numeric(20,2) column) → fen, exact. */
export function yuanToFen(yuan: string): bigint {
  const m = /^([+-]?)(\d+)(?:\.(\d{0,2}))?$/.exec(yuan.trim());
  if (!m) throw new RangeError(`not an amount of yuan with at most two decimals: ${JSON.stringify(yuan)}`);
  const fen = BigInt(m[2]!) * FEN_PER_YUAN + BigInt((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

const CANONICAL_INTEGER = /^(?:-?[1-9]\d*|0)$/;

/** Fen → 万元 at full precision (six decimals at most, trailing zeros dropped): 123456789 → "123.456789". */
export function fenToWanExact(fen: FenLike): string {
  if (typeof fen === 'string' && CANONICAL_INTEGER.test(fen)) {
    // Digit arithmetic for the common case (million-row exports): no BigInt per value.
    const neg = fen.charCodeAt(0) === 45;
    const d = neg ? fen.slice(1) : fen;
    const int = d.length > 6 ? d.slice(0, d.length - 6) : '0';
    const frac = d.length > 6 ? d.slice(d.length - 6) : d.padStart(6, '0');
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end -= 1;
    return `${neg ? '-' : ''}${int}${end > 0 ? `.${frac.slice(0, end)}` : ''}`;
  }
  const text = trimZeros(scaledText(toFen(fen), 6));
  return text === '-0' ? '0' : text;
}

/**
 * 万元 as a person types it (at most six decimals: 1 万元 = 1,000,000 分) → fen, computed on the
 * digits; undefined for text that is not a non-negative decimal number.
 */
export function wanToFen(wan: string | number | null | undefined): bigint | undefined {
  if (wan === null || wan === undefined) return undefined;
  const m = /^(\d+)(?:\.(\d{0,6}))?$/.exec(String(wan).trim());
  if (!m) return undefined;
  return BigInt(m[1]!) * FEN_PER_WAN + BigInt((m[2] ?? '').padEnd(6, '0'));
}

/** Fen → 万元 rounded to two decimals by the one rule, always two places: 123455000 → "123.46". */
export function fenToWan2(fen: FenLike): string {
  return scaledText(roundToUnits(toFen(fen), WAN_STEP_FEN), 2);
}

/**
 * Whether rows, each rounded to 0.01 万元 from its own fen, add up to their total rounded the same
 * way. Where they do not, the table says so in a note (the one rule rounds each figure once and
 * never adjusts a row to fit its total).
 */
export function wanRowsAddUp(rows: readonly FenLike[], total: FenLike): boolean {
  const sum = rows.reduce<bigint>((s, r) => s + roundToUnits(toFen(r), WAN_STEP_FEN), 0n);
  return sum === roundToUnits(toFen(total), WAN_STEP_FEN);
}

/** A row of the two amounts of contracts (合同成交额, 技术交易额). */
export interface ContractAmounts {
  contractAmountFen: FenLike;
  techAmountFen: FenLike;
}

/** wanRowsAddUp for both amounts of contract rows: the tables of the dashboard and the reports. */
export function contractAmountsAddUp(rows: readonly ContractAmounts[], total: ContractAmounts): boolean {
  return (
    wanRowsAddUp(
      rows.map((r) => r.contractAmountFen),
      total.contractAmountFen,
    ) &&
    wanRowsAddUp(
      rows.map((r) => r.techAmountFen),
      total.techAmountFen,
    )
  );
}

/** What a table says under it when its rounded rows do not add up to its rounded total. */
export const ROUNDING_NOTE = '注：各行金额与合计分别按精确金额四舍五入到 0.01 万元，分项之和与合计可能略有出入。';

/**
 * Rounded shares that add up to the rounded whole: each part rounded down to whole `unit`s, and
 * the units the whole still lacks go one each to the parts with the largest remainders (the
 * earlier part first on a tie). Returns counts of `unit`; their sum is roundToUnits(Σ parts).
 */
export function apportion(parts: readonly bigint[], unit: bigint): bigint[] {
  if (unit <= 0n) throw new RangeError('unit must be positive');
  const floorDiv = (a: bigint): bigint => {
    const q = a / unit;
    return a % unit !== 0n && a < 0n ? q - 1n : q;
  };
  const floors = parts.map(floorDiv);
  const target = roundToUnits(
    parts.reduce((s, p) => s + p, 0n),
    unit,
  );
  let missing = target - floors.reduce((s, f) => s + f, 0n);
  const byRemainder = parts
    .map((p, i) => ({ i, r: p - floors[i]! * unit }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const shares = [...floors];
  for (const { i } of byRemainder) {
    if (missing <= 0n) break;
    shares[i]! += 1n;
    missing -= 1n;
  }
  return shares;
}

/** Fen → 万元 for reading, rounded by the one rule, grouped: "1,234.5" (`fixed`: always two places, "1,234.50"). */
export function formatWan(fen: FenLike, o: { fixed?: boolean } = {}): string {
  const text = fenToWan2(fen);
  return groupThousands(o.fixed ? text : trimZeros(text));
}

/** Fen already rounded to `WAN_STEP_FEN` units (from `apportion`) → the same text as formatWan. */
export function formatWanUnits(units: bigint, o: { fixed?: boolean } = {}): string {
  const text = scaledText(units, 2);
  return groupThousands(o.fixed ? text : trimZeros(text));
}

/** Fen in the unit a reader expects for its size: 亿元 from 1 亿元, 万元 from 1 万元, else 元; two decimals at most. */
export function scaledAmountText(fen: FenLike): string {
  const f = toFen(fen);
  const a = abs(f);
  const [unit, name] =
    a >= FEN_PER_YI ? [FEN_PER_YI, '亿元'] : a >= FEN_PER_WAN ? [FEN_PER_WAN, '万元'] : [FEN_PER_YUAN, '元'];
  // two decimals of the unit: a step of unit / 100 fen
  const text = scaledText(roundToUnits(f, unit / 100n), 2);
  return `${groupThousands(trimZeros(text))} ${name}`;
}
