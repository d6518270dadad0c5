/**
 * Progress against a plan target, judged only within the target's own period and against the
 * time elapsed in it. Values are integers in the indicator's smallest unit (fen, one item,
 * 0.01 %), so sums and projections are exact.
 */

export type Accumulation = 'annual' | 'cumulative' | 'level';
export type Comparison = 'gt' | 'gte' | 'eq';
/**
 * not_started: the period has not begun; on_track / behind: an open period, by the projection
 * (or, for a state measured without a base, by the value now); achieved: reached (an open
 * period may reach it early); missed: the period closed short of it; awaiting: no figure yet.
 */
export type TargetStatus = 'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
export type ProjectionMethod = 'linear' | 'seasonal' | 'from-base';

export interface TargetSpec {
  accumulation: Accumulation;
  fromYear: number;
  targetYear: number;
  comparison: Comparison;
  lowerIsBetter: boolean;
  target: bigint;
}

export interface Projection {
  value: bigint;
  method: ProjectionMethod;
}

export interface Progress {
  /** The target's months, first and last ('YYYY-MM'). */
  fromMonth: string;
  toMonth: string;
  /** Months of the period elapsed at the as-of month (that month counted), 0 … total. */
  elapsedMonths: number;
  totalMonths: number;
  closed: boolean;
  actual: bigint | null;
  projection: Projection | null;
  status: TargetStatus;
}

export const PROJECTION_METHOD_TEXT: Record<ProjectionMethod, string> = {
  linear: '按已过时间线性外推至期末',
  seasonal: '按去年同期完成额占全年的比例推算全年',
  'from-base': '按起始基数至今的变化线性外推至期末',
};

const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;

/** Months from `a` to `b` inclusive ('YYYY-MM'); 0 when b is before a. */
export function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split('-').map(Number) as [number, number];
  const [by, bm] = b.split('-').map(Number) as [number, number];
  return Math.max(0, (by - ay) * 12 + (bm - am) + 1);
}

/** The month `n` months after `m` (negative: before). */
/** The last day of a month 'YYYY-MM': '2025-02' → '2025-02-28'. */
export function monthLastDay(m: string): string {
  return new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
}

export function addMonths(m: string, n: number): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  const i = y * 12 + (mo - 1) + n;
  return month(Math.floor(i / 12), (i % 12) + 1);
}

/** The months a target spans: annual targets their year; cumulative and level ones from the plan's first year. */
export function targetMonths(spec: Pick<TargetSpec, 'accumulation' | 'fromYear' | 'targetYear'>): [string, string] {
  const from = spec.accumulation === 'annual' ? spec.targetYear : spec.fromYear;
  return [month(from, 1), month(spec.targetYear, 12)];
}

export function meets(spec: Pick<TargetSpec, 'comparison' | 'lowerIsBetter' | 'target'>, value: bigint): boolean {
  if (spec.lowerIsBetter) return value <= spec.target;
  return spec.comparison === 'gt' ? value > spec.target : value >= spec.target;
}

/** a × b ÷ c rounded half away from zero (c > 0). */
export function mulDivRound(a: bigint, b: bigint, c: bigint): bigint {
  const n = a * b;
  const q = ((n < 0n ? -n : n) + c / 2n) / c;
  return n < 0n ? -q : q;
}

/**
 * `monthOver`: the as-of month is over (the as-of date is its last day and has passed, as in a
 * report on a closed period), so a target ending that month has its outcome, not a projection.
 */
function frame(spec: TargetSpec, asOfMonth: string, monthOver = false) {
  const [fromMonth, toMonth] = targetMonths(spec);
  const totalMonths = monthsBetween(fromMonth, toMonth);
  const elapsedMonths = Math.min(totalMonths, monthsBetween(fromMonth, asOfMonth));
  return {
    fromMonth,
    toMonth,
    totalMonths,
    elapsedMonths,
    closed: asOfMonth > toMonth || (monthOver && asOfMonth === toMonth),
    started: asOfMonth >= fromMonth,
  };
}

/** The period facts every progress carries. */
const periodOf = (f: ReturnType<typeof frame>) => ({
  fromMonth: f.fromMonth,
  toMonth: f.toMonth,
  elapsedMonths: f.elapsedMonths,
  totalMonths: f.totalMonths,
});

/** The value at the period's end if it grows as it has so far. */
const linear = (actual: bigint, f: ReturnType<typeof frame>): Projection => ({
  value: mulDivRound(actual, BigInt(f.totalMonths), BigInt(f.elapsedMonths)),
  method: 'linear',
});

function judgeOpen(spec: TargetSpec, actual: bigint, projection: Projection | null): TargetStatus {
  if (!spec.lowerIsBetter && meets(spec, actual)) return 'achieved';
  if (projection) return meets(spec, projection.value) ? 'on_track' : 'behind';
  return meets(spec, actual) ? 'on_track' : 'behind';
}

/**
 * An amount or count the market records month by month (the ledger, platform records).
 * `monthly` maps 'YYYY-MM' to the month's value; months absent are 0. Annual targets project
 * by last year's same-period share of its whole year when last year had figures for both,
 * otherwise (and always for cumulative targets) linearly over the months elapsed.
 */
export function seriesProgress(
  spec: TargetSpec,
  monthly: ReadonlyMap<string, bigint>,
  asOfMonth: string,
  monthOver = false,
): Progress {
  const f = frame(spec, asOfMonth, monthOver);
  const base = periodOf(f);
  if (!f.started) return { ...base, closed: false, actual: 0n, projection: null, status: 'not_started' };
  const sum = (from: string, to: string) => {
    let s = 0n;
    for (let m = from; m <= to; m = addMonths(m, 1)) s += monthly.get(m) ?? 0n;
    return s;
  };
  const last = f.closed ? f.toMonth : asOfMonth;
  const actual = sum(f.fromMonth, last);
  if (f.closed)
    return { ...base, closed: true, actual, projection: null, status: meets(spec, actual) ? 'achieved' : 'missed' };
  let projection: Projection;
  const lastYearSame = sum(addMonths(f.fromMonth, -12), addMonths(asOfMonth, -12));
  const lastYearWhole = sum(addMonths(f.fromMonth, -12), addMonths(f.toMonth, -12));
  if (spec.accumulation === 'annual' && lastYearSame > 0n && lastYearWhole > 0n) {
    projection = { value: mulDivRound(actual, lastYearWhole, lastYearSame), method: 'seasonal' };
  } else {
    projection = linear(actual, f);
  }
  return { ...base, closed: false, actual, projection, status: judgeOpen(spec, actual, projection) };
}

/**
 * Figures the bureau reports by year (approved values only), `byYear` year → value; a value
 * for the current year is the year so far. Annual and cumulative targets add the years of the
 * period (cumulative: every year reported so far); a level target reads its latest year, and
 * projects from the year before the period (its base) when that year is reported.
 */
export function reportedProgress(
  spec: TargetSpec,
  byYear: ReadonlyMap<number, bigint>,
  asOfMonth: string,
  monthOver = false,
): Progress {
  const f = frame(spec, asOfMonth, monthOver);
  const base = periodOf(f);
  const firstYear = Number(f.fromMonth.slice(0, 4));
  const lastYear = Math.min(spec.targetYear, Number(asOfMonth.slice(0, 4)));
  const years = [...byYear.keys()].filter((y) => y >= firstYear && y <= lastYear).sort((a, b) => a - b);
  if (!f.started) return { ...base, closed: false, actual: null, projection: null, status: 'not_started' };
  if (years.length === 0 || (f.closed && spec.accumulation !== 'cumulative' && !byYear.has(spec.targetYear)))
    return { ...base, closed: f.closed, actual: null, projection: null, status: 'awaiting' };
  const actual =
    spec.accumulation === 'level'
      ? byYear.get(years[years.length - 1]!)!
      : years.reduce((s, y) => s + byYear.get(y)!, 0n);
  if (f.closed)
    return { ...base, closed: true, actual, projection: null, status: meets(spec, actual) ? 'achieved' : 'missed' };
  let projection: Projection | null = null;
  if (spec.accumulation !== 'level') {
    projection = linear(actual, f);
  } else {
    const start = byYear.get(firstYear - 1);
    if (start !== undefined)
      projection = {
        value: start + mulDivRound(actual - start, BigInt(f.totalMonths), BigInt(f.elapsedMonths)),
        method: 'from-base',
      };
  }
  return { ...base, closed: false, actual, projection, status: judgeOpen(spec, actual, projection) };
}

/**
 * A count held in a registry at a time (certificates in force, bases built) for a level
 * target: `opening` is the count the day before the period began, `atEnd` the count on the
 * as-of date (or the period's last day once it closed). Projects linearly from the opening.
 */
export function stockProgress(
  spec: TargetSpec,
  opening: bigint,
  atEnd: bigint,
  asOfMonth: string,
  monthOver = false,
): Progress {
  const f = frame(spec, asOfMonth, monthOver);
  const base = periodOf(f);
  if (!f.started) return { ...base, closed: false, actual: atEnd, projection: null, status: 'not_started' };
  if (f.closed)
    return {
      ...base,
      closed: true,
      actual: atEnd,
      projection: null,
      status: meets(spec, atEnd) ? 'achieved' : 'missed',
    };
  const projection: Projection = {
    value: opening + mulDivRound(atEnd - opening, BigInt(f.totalMonths), BigInt(f.elapsedMonths)),
    method: 'from-base',
  };
  return { ...base, closed: false, actual: atEnd, projection, status: judgeOpen(spec, atEnd, projection) };
}

/** actual ÷ target as a per cent with two decimals (half away from zero); null without a positive target. */
export function percentOf(actual: bigint, target: bigint): string | null {
  if (target <= 0n) return null;
  const hundredths = mulDivRound(actual, 10_000n, target);
  const neg = hundredths < 0n;
  const a = neg ? -hundredths : hundredths;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
}
