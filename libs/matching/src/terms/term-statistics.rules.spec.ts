import fc from 'fast-check';
import { Bm25fIndex, countTerms, type FieldTerms } from '../index/bm25f-index.js';
import { Bm25fScorer } from '../index/bm25f-scorer.js';
import type { DocTerms } from '../index/corpus-view.js';
import { StoredCorpus } from './stored-corpus.js';
import { addChange, decodeTerms, emptyDelta, encodeTerms, type StatisticsDelta } from './term-statistics.rules.js';

/** The last field holds the character bigrams ('#' terms), as in the engine. */
const FIELDS = ['title', 'description', 'grams'];
const doc = (terms: FieldTerms) => countTerms(FIELDS, terms);

/** Totals and df as the stored tables would hold them after applying `delta` to empty ones. */
function applied(delta: StatisticsDelta) {
  return { n: delta.n, totalLen: delta.len, df: delta.df };
}

describe('stored terms', () => {
  it('round-trip through their JSON form, lengths recomputed, "__proto__" an ordinary term', () => {
    const d = doc({ title: ['电池', '电池', '__proto__'], description: ['电池', '正极'] });
    const back = decodeTerms(JSON.parse(JSON.stringify(encodeTerms(d))), '#');
    expect(back.len).toEqual([3, 2, 0]);
    expect([...back.tf].sort()).toEqual([...d.tf].sort());
    expect(back.tf.get('电池')).toEqual([2, 1, 0]);
    expect(back.tf.get('constructor')).toBeUndefined();
    expect(back.tf.has('toString')).toBe(false);
    expect(back.tf.has('__proto__')).toBe(true);
  });
});

describe('statistics deltas', () => {
  it('count a listing once per distinct term, and undo exactly on removal', () => {
    const delta = emptyDelta(3);
    const a = doc({ title: ['电池', '电池'], description: ['正极'] });
    const b = doc({ title: ['电池'], description: [] });
    addChange(delta, undefined, a);
    addChange(delta, undefined, b);
    expect(applied(delta)).toEqual({
      n: 2,
      totalLen: [3, 1, 0],
      df: new Map([
        ['电池', 2],
        ['正极', 1],
      ]),
    });
    // a edited: 正极 replaced by 负极.
    addChange(delta, a, doc({ title: ['电池'], description: ['负极'] }));
    expect(delta.df.get('正极')).toBeUndefined();
    expect(delta.df.get('负极')).toBe(1);
    expect(delta.len).toEqual([2, 1, 0]);
  });

  it('keep the stored statistics equal to an in-memory index of the same listings, whatever the order of changes', () => {
    const vocab = ['电池', '正极', '材料', '水稻'];
    const grams = ['#电池', '#正极'];
    const terms = fc.array(fc.constantFrom(...vocab), { maxLength: 6 });
    const change = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      after: fc.option(fc.record({ title: terms, grams: fc.array(fc.constantFrom(...grams), { maxLength: 6 }) }), {
        nil: undefined,
      }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 25 }), (changes) => {
        const index = new Bm25fIndex(FIELDS);
        const stored = new Map<string, DocTerms>();
        const delta = emptyDelta(3);
        for (const c of changes) {
          const after = c.after && doc(c.after);
          addChange(delta, stored.get(c.id), after);
          if (after) {
            // Kept as the database would hand it back.
            stored.set(c.id, decodeTerms(JSON.parse(JSON.stringify(encodeTerms(after))), '#'));
            index.add(c.id, c.after!);
          } else {
            stored.delete(c.id);
            index.remove(c.id);
          }
        }
        const corpus = new StoredCorpus({ n: delta.n, totalLen: delta.len });
        corpus.addDf([...vocab, ...grams], delta.df);
        corpus.addDocs(stored);
        expect(corpus.size).toBe(index.size);
        for (const t of [...vocab, ...grams]) expect(corpus.df(t)).toBe(index.df(t));
        for (const i of [0, 1, 2]) expect(corpus.avgLen(i)).toBeCloseTo(index.avgLen(i), 12);
        // The same score from either view.
        const scorer = new Bm25fScorer(
          FIELDS.map((name) => ({ name, weight: 1, b: 0.75 })),
          1.2,
        );
        const q = new Map([...vocab, ...grams].map((t) => [t, 1]));
        expect(scorer.score(q, corpus, stored.keys())).toEqual(scorer.score(q, index, stored.keys()));
      }),
    );
  });
});

describe('StoredCorpus', () => {
  it('refuses a document frequency it was not given instead of answering 0', () => {
    const corpus = new StoredCorpus({ n: 10, totalLen: [20, 30] });
    corpus.addDf(['电池', '水稻'], new Map([['电池', 3]]));
    expect(corpus.df('电池')).toBe(3);
    expect(corpus.df('水稻')).toBe(0);
    expect(corpus.missingDf(['电池', '正极', '正极'])).toEqual(['正极']);
    expect(() => corpus.df('正极')).toThrow(/not read/);
    expect(corpus.avgLen(1)).toBe(3);
  });
});
