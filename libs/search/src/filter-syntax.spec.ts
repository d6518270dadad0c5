import { compileFilter, quoteFilterValue } from './filter-syntax.js';

const allowed = new Set(['status', 'fieldCode', 'trl', 'regionCodes']);

describe('filter syntax', () => {
  it('quotes strings so that injected syntax stays a literal', () => {
    expect(quoteFilterValue('x" OR status = "draft')).toBe('"x\\" OR status = \\"draft"');
    expect(quoteFilterValue('a\\')).toBe('"a\\\\"');
  });

  it('compiles nested filters', () => {
    const f = compileFilter(
      {
        and: [
          { eq: ['status', 'published'] },
          { in: ['regionCodes', ['341623', '341600']] },
          { range: ['trl', { gte: 3, lte: 9 }] },
        ],
      },
      allowed,
    );
    expect(f).toBe('(status = "published" AND regionCodes IN ["341623", "341600"] AND (trl >= 3 AND trl <= 9))');
  });

  it('refuses attributes outside the whitelist', () => {
    expect(() => compileFilter({ eq: ['ownerOrgId', 'x'] }, allowed)).toThrow(/not filterable/);
    expect(() => compileFilter({ eq: ['status = 1 OR x', 'x'] }, allowed)).toThrow(/not filterable/);
  });

  it('refuses non-finite numbers', () => {
    expect(() => quoteFilterValue(Number.NaN)).toThrow();
  });
});
