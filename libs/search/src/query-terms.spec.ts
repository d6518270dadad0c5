import { MAX_QUERY_WORDS, normalizeQuery, prepareQuery, queryWords } from './query-terms.js';

describe('query preparation', () => {
  it('leaves a short query as it is', () => {
    expect(prepareQuery('锂电池 回收')).toEqual({ q: '锂电池 回收', terms: ['锂电池', '回收'], truncated: false });
  });

  it('normalises full-width characters, control characters and spaces', () => {
    expect(normalizeQuery('  ＡＩ\u0000芯片\t\n检测 ')).toBe('AI 芯片 检测');
  });

  it('segments Chinese the way the engine counts words', () => {
    expect(queryWords('锂离子电池正极材料')).toEqual(['锂离子', '电池', '正极', '材料']);
  });

  it('keeps at most 10 informative words of a long query, dropping particles first', () => {
    const long = '锂离子电池正极材料的制备方法及其在新能源汽车上的应用研究，提高能量密度和循环寿命';
    expect(queryWords(long).length).toBeGreaterThan(MAX_QUERY_WORDS);
    const p = prepareQuery(long);
    expect(p.truncated).toBe(true);
    expect(p.terms).toHaveLength(MAX_QUERY_WORDS);
    expect(p.terms).not.toContain('的');
    expect(p.terms.slice(0, 3)).toEqual(['锂离子', '电池', '正极']);
    expect(p.q.split(' ')).toEqual(p.terms);
  });

  it('treats filter syntax in the query as plain words', () => {
    const p = prepareQuery('x" OR status = "draft');
    expect(p.truncated).toBe(false);
    expect(p.q).toBe('x" OR status = "draft');
  });
});
