import { ChineseTokenizer } from '../text/chinese-tokenizer.js';
import { DOMAIN_WORDS, SYNONYM_GROUPS } from '../text/domain-dictionary.js';
import { SynonymTable } from '../text/synonym-table.js';
import type { ListingText, MatchText } from './listing-text.js';
import { MatchEngine, type RankOptions } from './match-engine.js';
import { SCORING, withOverrides } from './scoring-weights.js';

const synonyms = new SynonymTable(SYNONYM_GROUPS);
const tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...synonyms.terms()] });

const corpus = [
  {
    id: 'battery',
    title: '高镍锂电池阴极材料的包覆改性',
    keywords: ['锂电池', 'cathode'],
    description: '通过氧化铝包覆提高了高镍阴极材料的循环稳定性。',
  },
  {
    id: 'water',
    title: '工业废水处理的膜生物反应器',
    keywords: ['废水处理', '膜生物反应器'],
    description: '研究了膜污染的控制方法。',
  },
  {
    id: 'crop',
    title: '水稻抗倒伏栽培技术',
    keywords: ['水稻', '栽培'],
    description: '密植与控水结合，提高了水稻产量。',
  },
];

/** An engine over an in-memory index of the corpus, with its calls bound to that index. */
function engine(overrides: Record<string, number> = {}) {
  const e = new MatchEngine(tokenizer, synonyms, withOverrides(SCORING, overrides));
  const index = e.newIndex();
  for (const d of corpus) e.upsert(index, d);
  return {
    index,
    buildQuery: (text: MatchText) => e.buildQuery(text),
    rank: (text: MatchText, opts: RankOptions) => e.rank(text, index, opts),
    similarity: (text: MatchText, id: string) => e.similarity(text, index, id),
    upsert: (doc: ListingText) => e.upsert(index, doc),
    remove: (id: string) => index.remove(id),
  };
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
    expect(
      engine()
        .rank({ description: '水稻 废水处理' }, { k: 3, candidates: ['crop'] })
        .map((r) => r.id),
    ).toEqual(['crop']);
  });

  it('gives an absolute similarity in [0, 1] for alerts: close texts high, unrelated ones near 0, synonyms count', () => {
    const e = engine();
    const same = e.similarity(corpus[0]!, 'battery');
    // Not exactly 1: the listing side is field-weighted (title, keywords count more), the text side plain counts.
    expect(same).toBeGreaterThan(0.8);
    expect(same).toBeLessThanOrEqual(1 + 1e-9);
    const need = { title: '锂离子电池正极材料包覆', description: '提高高镍正极材料的循环稳定性。' };
    const battery = e.similarity(need, 'battery');
    expect(battery).toBeGreaterThan(0.2);
    expect(e.similarity(need, 'crop')).toBeLessThan(0.05); // shares only 提高
    expect(e.similarity(need, 'unknown-id')).toBe(0);
    // 锂离子电池 reaches 锂电池 only through the synonym table.
    expect(engine({ synonymWeight: 0 }).similarity(need, 'battery')).toBeLessThan(battery);
    // Independent of the other listings: adding unrelated ones barely moves it (BM25F scores are relative).
    e.upsert({ id: 'extra', title: '印染废水处理新工艺', keywords: [], description: '' });
    expect(Math.abs(e.similarity(need, 'battery') - battery)).toBeLessThan(0.1);
  });

  it('refuses unknown weight names', () => {
    expect(() => withOverrides(SCORING, { 'fields.titel.weight': 1 })).toThrow(/unknown scoring weight/);
  });
});
