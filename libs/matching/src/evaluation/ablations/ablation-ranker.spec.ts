import { SCORING, withOverrides } from '../../ranking/scoring-weights.js';
import { ChineseTokenizer } from '../../text/chinese-tokenizer.js';
import { DOMAIN_WORDS, SYNONYM_GROUPS } from '../../text/domain-dictionary.js';
import { SynonymTable } from '../../text/synonym-table.js';
import { ABLATIONS, AblationRanker } from './ablation-ranker.js';
import { GlobalTermRarity } from './global-term-rarity.js';

const synonyms = new SynonymTable(SYNONYM_GROUPS);
const tokenizer = new ChineseTokenizer({ userWords: [...DOMAIN_WORDS, ...synonyms.terms()] });
const corpus = [
  { id: 'cutting', title: '苗木扦插育苗技术', keywords: ['扦插', '育苗'], description: '插穗生根率提高，繁殖苗木。' },
  { id: 'rooting', title: '插穗生根促进剂', keywords: ['生根'], description: '促进插穗生根，用于苗木繁殖。' },
  { id: 'bridge', title: '预应力混凝土空心板桥梁', keywords: ['桥梁'], description: '钢绞线与荷载试验。' },
  { id: 'concrete', title: '高性能混凝土配合比', keywords: ['混凝土'], description: '桥梁工程用混凝土。' },
];

function ranker(overrides: Record<string, number> = {}): AblationRanker {
  const r = new AblationRanker(tokenizer, synonyms, SCORING, withOverrides(ABLATIONS, overrides));
  for (const d of corpus) r.upsert(d);
  r.fit();
  return r;
}

describe('ablations (evaluation only)', () => {
  it('ranks exactly as the production engine when every ablation is off', () => {
    const r = ranker();
    for (const description of ['扦插育苗', '混凝土桥梁荷载', '生根']) {
      expect(r.rank({ description }, { k: 4 })).toEqual(r.engine.rank({ description }, r.index, { k: 4 }));
    }
  });

  it('pseudo-relevance feedback adds the words of the best first-pass listings to the query', () => {
    const r = ranker({ 'prf.weight': 0.5 });
    const query = r.engine.buildQuery({ description: '扦插育苗' });
    const expanded = r.feedback(query, r.engine.rank({ description: '扦插育苗' }, r.index, { k: 2 }));
    expect(query.has('插穗')).toBe(false);
    expect(expanded.get('插穗')).toBeGreaterThan(0);
    expect(ranker({ 'prf.weight': 0 }).feedback(query, [{ id: 'cutting', score: 1 }])).toEqual(query);
  });

  it('LSA fusion still ranks the lexical best first and keeps to the candidates it is given', () => {
    const r = ranker({ 'lsa.weight': 0.5, 'lsa.dimensions': 2 });
    expect(r.rank({ description: '混凝土桥梁' }, { k: 2 })[0]?.id).toMatch(/bridge|concrete/);
    expect(r.rank({ description: '混凝土桥梁' }, { k: 4, candidates: ['cutting'] }).map((s) => s.id)).toEqual([
      'cutting',
    ]);
  });

  it('the rarity prior knows generic words from rare ones', () => {
    const rarity = new GlobalTermRarity();
    expect(rarity.factor('研究', 1)).toBeLessThan(1);
    expect(rarity.factor('毒死蜱', 1)).toBeGreaterThan(rarity.factor('方法', 1));
    expect(rarity.factor('研究', 0)).toBe(1);
  });
});
