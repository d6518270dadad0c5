import { computeScore, NO_FACTS, weightProblems, type ScoreFacts, type Weights } from './innovation-score.rules.js';

const weights: Weights = {
  buyer_contracts: { points: 5, cap: 40 },
  buyer_amount_wan: { points: 1, per: 10, cap: 30 },
  rd_contracts: { points: 10, cap: 30 },
  high_tech_enterprise: { points: 20, cap: 20 },
  tech_sme: { points: 10, cap: 10 },
  awards: { points: 0, cap: 0 },
};
const none: ScoreFacts = NO_FACTS;

describe('innovation score rules', () => {
  it('weighs each input by its steps, capped, and shows every input with its points', () => {
    // 3 contracts (15), 35 万元 (3 steps of 10 万元), 1 技术开发 (10), 科小 (10).
    const r = computeScore(weights, {
      ...none,
      buyer_contracts: 3n,
      buyer_amount_wan: 35_000_000n,
      rd_contracts: 1n,
      tech_sme: 1n,
    });
    expect(r.score).toBe(15 + 3 + 10 + 10);
    expect(r.lines.map((l) => [l.input, l.valueText, l.points])).toEqual([
      ['buyer_contracts', '3', 15],
      ['buyer_amount_wan', '35 万元', 3],
      ['rd_contracts', '1', 10],
      ['high_tech_enterprise', '否', 0],
      ['tech_sme', '是', 10],
      ['awards', '暂无数据来源', 0],
    ]);
  });

  it('caps an input and is the same for the same inputs', () => {
    const many = { ...none, buyer_contracts: 100n };
    expect(computeScore(weights, many).lines[0]!.points).toBe(40);
    expect(computeScore(weights, many)).toEqual(computeScore(weights, many));
  });

  it('refuses a formula missing an input, with fractions, or scoring an input without a source', () => {
    expect(weightProblems(weights)).toEqual([]);
    const { awards: _, ...missing } = weights;
    expect(weightProblems(missing)).toEqual(['缺少「科技奖励」的权重']);
    expect(weightProblems({ ...weights, tech_sme: { points: 1.5, cap: 10 } })).toHaveLength(1);
    expect(weightProblems({ ...weights, awards: { points: 5, cap: 5 } })).toEqual([
      '「科技奖励」暂无数据来源，分值须为 0',
    ]);
  });
});
