import { formatFigures, percentile, retrievalFigures } from './retrieval-metrics.js';
import { parseCslKg, toAchievementAndNeed } from './csl-dataset.js';

describe('retrieval metrics', () => {
  it('computes recall@1, recall@10 and MRR@10', () => {
    const f = retrievalFigures([1, 2, 11, undefined], [1, 2, 3, 100]);
    expect(f.recallAt1).toBe(0.25);
    expect(f.recallAt10).toBe(0.5);
    expect(f.mrrAt10).toBeCloseTo((1 + 0.5) / 4);
    expect(formatFigures(f)).toBe('recall@1=0.250 recall@10=0.500 mrr@10=0.375 p50_ms=2 p95_ms=100 n=4');
  });

  it('uses nearest-rank percentiles', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('CSL parsing', () => {
  it('takes the title after the last space and splits keywords on _', () => {
    const [p] = parseCslKg('to keywords\t摘要第一句。摘要 第二句。 论文题目\t关键词一_关键词二\n');
    expect(p).toEqual({ abstract: '摘要第一句。摘要 第二句。', title: '论文题目', keywords: ['关键词一', '关键词二'] });
    const { achievement, need } = toAchievementAndNeed(p, 'x');
    expect(achievement).toEqual({
      id: 'x',
      title: '论文题目',
      keywords: ['关键词一', '关键词二'],
      description: '摘要第一句。',
    });
    expect(need).toEqual({ id: 'need-x', title: '', description: '摘要 第二句。', answer: 'x' });
  });
});
