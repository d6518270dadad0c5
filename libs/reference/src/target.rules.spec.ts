import { targetTermProblems, type TargetTerms } from './target.rules.js';

const terms = (over: Partial<TargetTerms> = {}): TargetTerms => ({
  targetYear: 2027,
  fromYear: 2026,
  accumulation: 'cumulative',
  value: '20',
  unit: 'count',
  comparison: 'gte',
  ...over,
});
const plan = { fromYear: 2026, toYear: 2028 };
const fields = (p: { field: string }[]) => p.map((x) => x.field).sort();

describe('target terms', () => {
  it('accepts terms inside the plan', () => {
    expect(targetTermProblems(terms(), plan, 'count')).toEqual([]);
    expect(targetTermProblems(terms({ accumulation: 'annual', fromYear: 2027 }), plan, undefined)).toEqual([]);
  });

  it('keeps years inside the plan, annual targets to one year and the base year before the period', () => {
    expect(fields(targetTermProblems(terms({ targetYear: 2030 }), plan, 'count'))).toEqual(['targetYear']);
    expect(fields(targetTermProblems(terms({ fromYear: 2025 }), plan, 'count'))).toEqual(['fromYear']);
    expect(fields(targetTermProblems(terms({ accumulation: 'annual' }), plan, 'count'))).toEqual(['fromYear']);
    expect(fields(targetTermProblems(terms({ baseYear: 2026 }), plan, 'count'))).toEqual(['baseYear']);
  });

  it('refuses a unit other than the indicator’s and values that do not fit the unit', () => {
    expect(fields(targetTermProblems(terms({ unit: 'percent' }), plan, 'count'))).toEqual(['unit']);
    expect(fields(targetTermProblems(terms({ value: '2.5' }), plan, 'count'))).toEqual(['value']);
    expect(fields(targetTermProblems(terms({ value: '-1', unit: 'yuan' }), plan, undefined))).toEqual(['value']);
    expect(targetTermProblems(terms({ value: '-1', unit: 'percent' }), plan, undefined)).toEqual([]);
  });
});
