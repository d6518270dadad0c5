import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { DOMAIN_WORDS, SYNONYM_GROUPS } from '../text/domain-dictionary.js';
import { SynonymTable } from '../text/synonym-table.js';
import { MatchEngine } from './match-engine.js';
import { SCORING, withOverrides } from './scoring-weights.js';

const synonyms = new SynonymTable(SYNONYM_GROUPS);
const tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...synonyms.terms()] });

const corpus = [
  { id: 'battery', title: '高镍锂电池阴极材料的包覆改性', keywords: ['锂电池', 'cathode'], description: '通过氧化铝包覆提高了高镍阴极材料的循环稳定性。' },
  { id: 'water', title: '工业废水处理的膜生物反应器', keywords: ['废水处理', '膜生物反应器'], description: '研究了膜污染的控制方法。' },
  { id: 'crop', title: '水稻抗倒伏栽培技术', keywords: ['水稻', '栽培'], description: '密植与控水结合，提高了水稻产量。' },
];

function engine(overrides: Record<string, number> = {}) {
  const e = new MatchEngine(tokenizer, synonyms, withOverrides(SCORING, overrides));
  for (const d of corpus) e.upsert(d);
  return e;
}

describe('MatchEngine', () => {
  it('finds the 锂电池 cathode achievement for a need about 锂离子电池正极材料 through the synonym table', () => {
    const need = { description: '我公司需要提升锂离子电池正极材料的性能。' };
    expect(engine().rank(need, { k: 3 })[0]?.id).toBe('battery');
    const query = engine().buildQuery(need);
    expect(query.get('锂电池')).toBeGreaterThan(0);
    expect(query.get('cathode')).toBeGreaterThan(0);
    const without = engine({ synonymWeight: 0 }).rank(need, { k: 3 })[0];
    expect(engine().rank(need, { k: 3 })[0].score).toBeGreaterThan(without?.score ?? 0);
  });

  it('keeps its statistics current as listings come and go', () => {
    const e = engine();
    expect(e.rank({ description: '废水处理' }, { k: 1 })[0].id).toBe('water');
    e.remove('water');
    expect(e.rank({ description: '废水处理' }, { k: 3 }).map((r) => r.id)).not.toContain('water');
    e.upsert({ id: 'water2', title: '印染废水处理新工艺', keywords: [], description: '' });
    expect(e.rank({ description: '废水处理' }, { k: 1 })[0].id).toBe('water2');
  });

  it('ranks only the candidates it is given', () => {
    expect(engine().rank({ description: '水稻 废水处理' }, { k: 3, candidates: ['crop'] }).map((r) => r.id)).toEqual(['crop']);
  });

  it('refuses unknown weight names', () => {
    expect(() => withOverrides(SCORING, { 'fields.titel.weight': 1 })).toThrow(/unknown scoring weight/);
  });
});
