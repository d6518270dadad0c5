import fc from 'fast-check';
import {
  addMonths,
  monthLastDay,
  monthsBetween,
  percentOf,
  reportedProgress,
  seriesProgress,
  stockProgress,
  type Accumulation,
  type TargetSpec,
} from './target-progress.rules.js';

/** Month index (months since 2018-01) ↔ 'YYYY-MM', the naive way. */
const monthAt = (i: number) => `${2018 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const indexOf = (m: string) => (Number(m.slice(0, 4)) - 2018) * 12 + Number(m.slice(5, 7)) - 1;
/** Half away from zero on a float of small integers (exact here: every value stays far below 2^53). */
const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

const specArb = fc
  .record({
    accumulation: fc.constantFrom<Accumulation>('annual', 'cumulative', 'level'),
    fromYear: fc.integer({ min: 2019, max: 2025 }),
    span: fc.integer({ min: 0, max: 4 }),
    comparison: fc.constantFrom('gt' as const, 'gte' as const, 'eq' as const),
    target: fc.integer({ min: 0, max: 50_000_000 }),
  })
  .map((r): TargetSpec => ({
    accumulation: r.accumulation,
    fromYear: r.accumulation === 'annual' ? r.fromYear + r.span : r.fromYear,
    targetYear: r.fromYear + r.span,
    comparison: r.comparison,
    lowerIsBetter: false,
    target: BigInt(r.target),
  }));

/** 12 years of months from 2018, some negative (an amendment or cancellation in a later month). */
const seriesArb = fc.array(fc.integer({ min: -200_000, max: 5_000_000 }), { minLength: 144, maxLength: 144 });
const asOfArb = fc.integer({ min: 12, max: 143 });

const reached = (s: TargetSpec, v: number) => (s.comparison === 'gt' ? v > Number(s.target) : v >= Number(s.target));

describe('target progress (property-tested against a naive recomputation)', () => {
  it('month arithmetic agrees with month indices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 140 }), fc.integer({ min: -12, max: 30 }), (i, n) => {
        fc.pre(i + n >= 0);
        expect(addMonths(monthAt(i), n)).toBe(monthAt(i + n));
        expect(monthsBetween(monthAt(i), monthAt(i + n))).toBe(Math.max(0, n + 1));
      }),
    );
  });

  it('ledger and record series: actual, status and projection as recomputed month by month', () => {
    fc.assert(
      fc.property(specArb, seriesArb, asOfArb, (spec, values, asOfIndex) => {
        const monthly = new Map(values.map((v, i) => [monthAt(i), BigInt(v)]));
        const asOf = monthAt(asOfIndex);
        const got = seriesProgress(spec, monthly, asOf);

        const first = indexOf(`${spec.accumulation === 'annual' ? spec.targetYear : spec.fromYear}-01`);
        const last = indexOf(`${spec.targetYear}-12`);
        const total = last - first + 1;
        expect([got.fromMonth, got.toMonth, got.totalMonths]).toEqual([monthAt(first), monthAt(last), total]);
        if (asOfIndex < first) {
          expect(got.status).toBe('not_started');
          return;
        }
        let actual = 0;
        for (let i = first; i <= Math.min(last, asOfIndex); i++) actual += values[i]!;
        expect(got.actual).toBe(BigInt(actual));
        if (asOfIndex > last) {
          // A closed period is an outcome, never "behind" or "on track".
          expect(got.closed).toBe(true);
          expect(got.projection).toBeNull();
          expect(got.status).toBe(reached(spec, actual) ? 'achieved' : 'missed');
          return;
        }
        const elapsed = asOfIndex - first + 1;
        expect(got.elapsedMonths).toBe(elapsed);
        let same = 0;
        let whole = 0;
        for (let i = first - 12; i <= last - 12; i++) {
          whole += values[i]!;
          if (i <= asOfIndex - 12) same += values[i]!;
        }
        const seasonal = spec.accumulation === 'annual' && same > 0 && whole > 0;
        const expected = seasonal ? roundHalfAway((actual * whole) / same) : roundHalfAway((actual * total) / elapsed);
        expect(got.projection).toEqual({ value: BigInt(expected), method: seasonal ? 'seasonal' : 'linear' });
        expect(got.status).toBe(reached(spec, actual) ? 'achieved' : reached(spec, expected) ? 'on_track' : 'behind');
      }),
      { numRuns: 500 },
    );
  });

  it('reported yearly figures: awaiting without them, sums or latest level, outcome once closed', () => {
    const yearsArb = fc.dictionary(
      fc.integer({ min: 2018, max: 2029 }).map(String),
      fc.integer({ min: 0, max: 1_000_000 }),
    );
    fc.assert(
      fc.property(specArb, yearsArb, asOfArb, (spec, dict, asOfIndex) => {
        const byYear = new Map(Object.entries(dict).map(([y, v]) => [Number(y), BigInt(v)]));
        const asOf = monthAt(asOfIndex);
        const got = reportedProgress(spec, byYear, asOf);
        const firstYear = spec.accumulation === 'annual' ? spec.targetYear : spec.fromYear;
        const asOfYear = Number(asOf.slice(0, 4));
        if (asOfYear < firstYear) return expect(got.status).toBe('not_started');
        const closed = asOfYear > spec.targetYear;
        const inWindow = Object.keys(dict)
          .map(Number)
          .filter((y) => y >= firstYear && y <= Math.min(spec.targetYear, asOfYear))
          .sort((a, b) => a - b);
        const hasOutcome = spec.accumulation === 'cumulative' || dict[String(spec.targetYear)] !== undefined;
        if (inWindow.length === 0 || (closed && !hasOutcome)) {
          expect(got.actual).toBeNull();
          return expect(got.status).toBe('awaiting');
        }
        const actual =
          spec.accumulation === 'level'
            ? dict[String(inWindow[inWindow.length - 1])]!
            : inWindow.reduce((s, y) => s + dict[String(y)]!, 0);
        expect(got.actual).toBe(BigInt(actual));
        if (closed) return expect(got.status).toBe(reached(spec, actual) ? 'achieved' : 'missed');
        expect(['on_track', 'behind', 'achieved']).toContain(got.status);
        if (spec.accumulation !== 'level') {
          const total = (spec.targetYear - firstYear + 1) * 12;
          const elapsed = (asOfYear - firstYear) * 12 + Number(asOf.slice(5, 7));
          expect(got.projection?.value).toBe(BigInt(roundHalfAway((actual * total) / elapsed)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('registry stocks: the count at the end, projected from the opening count, an outcome once closed', () => {
    fc.assert(
      fc.property(
        specArb,
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 5_000 }),
        asOfArb,
        (spec, opening, atEnd, asOfIndex) => {
          const asOf = monthAt(asOfIndex);
          const got = stockProgress(spec, BigInt(opening), BigInt(atEnd), asOf);
          expect(got.actual).toBe(BigInt(atEnd));
          const first = indexOf(`${spec.accumulation === 'annual' ? spec.targetYear : spec.fromYear}-01`);
          const last = indexOf(`${spec.targetYear}-12`);
          if (asOfIndex < first) return expect(got.status).toBe('not_started');
          if (asOfIndex > last) return expect(got.status).toBe(reached(spec, atEnd) ? 'achieved' : 'missed');
          const expected = opening + roundHalfAway(((atEnd - opening) * (last - first + 1)) / (asOfIndex - first + 1));
          expect(got.projection).toEqual({ value: BigInt(expected), method: 'from-base' });
          expect(got.status).toBe(reached(spec, atEnd) ? 'achieved' : reached(spec, expected) ? 'on_track' : 'behind');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('fewer is better for 清零 targets: zero reached, anything above missed once closed', () => {
    const spec: TargetSpec = {
      accumulation: 'level',
      fromYear: 2022,
      targetYear: 2025,
      comparison: 'eq',
      lowerIsBetter: true,
      target: 0n,
    };
    expect(reportedProgress(spec, new Map([[2025, 0n]]), '2026-12').status).toBe('achieved');
    expect(reportedProgress(spec, new Map([[2025, 3n]]), '2026-12').status).toBe('missed');
    expect(reportedProgress(spec, new Map([[2024, 3n]]), '2024-06').status).toBe('behind');
  });

  it('read on the last day of its last month once that day has passed, a target has its outcome, not a projection', () => {
    const spec: TargetSpec = {
      accumulation: 'annual',
      fromYear: 2025,
      targetYear: 2025,
      comparison: 'gt',
      lowerIsBetter: false,
      target: 100n,
    };
    const monthly = new Map([['2025-06', 10n]]);
    // a year-end report on 2025: 未达成, as the dashboard says, not 进度落后
    expect(seriesProgress(spec, monthly, '2025-12', true)).toMatchObject({
      closed: true,
      status: 'missed',
      projection: null,
    });
    // during December itself the year still runs
    expect(seriesProgress(spec, monthly, '2025-12')).toMatchObject({ closed: false, status: 'behind' });
    // a target ending later is still judged on its way
    const longer = { ...spec, accumulation: 'cumulative' as const, fromYear: 2025, targetYear: 2027 };
    expect(seriesProgress(longer, monthly, '2025-12', true).closed).toBe(false);
    expect(reportedProgress(spec, new Map([[2025, 200n]]), '2025-12', true).status).toBe('achieved');
    expect(stockProgress({ ...spec, accumulation: 'level' }, 0n, 50n, '2025-12', true).status).toBe('missed');
    expect(monthLastDay('2024-02')).toBe('2024-02-29');
    expect(monthLastDay('2025-12')).toBe('2025-12-31');
  });

  it('percent reached has two decimals and no answer without a positive target', () => {
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(5n, 0n)).toBeNull();
  });
});
