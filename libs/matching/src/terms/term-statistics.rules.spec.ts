import fc from 'fast-check';
import { Bm25fIndex, countTerms, type FieldTerms } from '../index/bm25f-index.js';
import { Bm25fScorer } from '../index/bm25f-scorer.js';
import type { DocTerms } from '../index/corpus-view.js';
import { StoredCorpus } from './stored-corpus.js';
import {
  addChange,
  decodeTerms,
  emptyDelta,
  encodeAnalysed,
  encodeTerms,
  planBatch,
  sameVersions,
  type StatisticsDelta,
  type StoredTerms,
  type StoredVersion,
} from './term-statistics.rules.js';

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
    const back = decodeTerms(JSON.parse(JSON.stringify(encodeTerms(d))));
    expect(back.len).toEqual([3, 2, 0]);
    expect([...back.tf].sort()).toEqual([...d.tf].sort());
    expect(back.tf.get('电池')).toEqual([2, 1, 0]);
    expect(back.tf.get('constructor')).toBeUndefined();
    expect(back.tf.has('toString')).toBe(false);
    expect(back.tf.has('__proto__')).toBe(true);
  });

  it('answer alike whether decoded for a few wanted terms or whole, for any term asked', () => {
    const word = fc.constantFrom('电池', '正极', '__proto__', 'constructor', 'a"b\\c', '5g', '12', '#电池');
    fc.assert(
      fc.property(
        fc.record({ title: fc.array(word, { maxLength: 6 }), description: fc.array(word, { maxLength: 6 }) }),
        fc.array(word, { maxLength: 4 }),
        fc.array(word, { maxLength: 8 }),
        (terms, wanted, asked) => {
          const stored = JSON.parse(JSON.stringify(encodeTerms(doc(terms)))) as StoredTerms;
          const some = decodeTerms(stored, new Set(wanted));
          const all = decodeTerms(stored);
          for (const t of asked) expect(some.tf.get(t)).toEqual(all.tf.get(t));
          expect([...some.tf].sort()).toEqual([...doc(terms).tf].sort());
        },
      ),
    );
  });

  it('refuse a term holding white space (the stored form separates terms by a space)', () => {
    expect(() => encodeTerms(doc({ title: ['锂 电池'] }))).toThrow(/white space/);
  });
});

describe('analysed terms', () => {
  it('hold exactly the stored form JSON.stringify(encodeTerms) gives, and the distinct terms', () => {
    const word = fc.constantFrom('电池', '正极', '__proto__', 'constructor', 'a"b\\c', '5g', '12', '0');
    fc.assert(
      fc.property(
        fc.record({ title: fc.array(word, { maxLength: 6 }), description: fc.array(word, { maxLength: 6 }) }),
        (terms) => {
          const d = doc(terms);
          const a = encodeAnalysed(d);
          expect(a.json).toBe(JSON.stringify(encodeTerms(d)));
          expect(new Set(a.terms)).toEqual(new Set(d.tf.keys()));
          expect(a.len).toEqual(d.len);
        },
      ),
    );
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
            stored.set(c.id, decodeTerms(JSON.parse(JSON.stringify(encodeTerms(after)))));
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

/**
 * An indexing batch as MatchTermsService applies it: the rows of its listings read from a store
 * (terms where the batch needs them), planned, then written back; the store's totals are kept by
 * the plan's deltas.
 */
function applyBatch(
  store: Map<string, { version: number; terms: StoredTerms }>,
  total: StatisticsDelta,
  published: { id: string; version: number; terms: FieldTerms }[],
  removed: string[],
) {
  const stored = new Map<string, StoredVersion>(
    [...published.map((d) => d.id), ...removed].flatMap((id) => {
      const r = store.get(id);
      return r
        ? [[id, { version: r.version, terms: JSON.parse(JSON.stringify(r.terms)) as StoredTerms }] as const]
        : [];
    }),
  );
  const analysed = new Map(published.map((d) => [d.id, encodeAnalysed(doc(d.terms))]));
  const plan = planBatch(3, published, removed, stored, analysed);
  for (const u of plan.upserts) store.set(u.id, { version: u.version, terms: JSON.parse(u.json) as StoredTerms });
  for (const id of plan.gone) store.delete(id);
  total.n += plan.delta.n;
  plan.delta.len.forEach((l, i) => (total.len[i]! += l));
  for (const [t, d] of plan.delta.df) total.df.set(t, (total.df.get(t) ?? 0) + d);
  return plan;
}

describe('indexing batches (planBatch)', () => {
  it('redelivery changes nothing, a stored later version stays, a withdrawn listing gives its terms back', () => {
    const store = new Map<string, { version: number; terms: StoredTerms }>();
    const total = emptyDelta(3);
    applyBatch(store, total, [{ id: 'a', version: 2, terms: { title: ['电池'] } }], []);
    expect(applyBatch(store, total, [{ id: 'a', version: 2, terms: { title: ['电池'] } }], []).upserts).toEqual([]);
    const earlier = applyBatch(store, total, [{ id: 'a', version: 1, terms: { title: ['水稻'] } }], []);
    expect(earlier.upserts).toEqual([]);
    expect(store.get('a')!.version).toBe(2);
    expect(total.df.get('电池')).toBe(1);
    const gone = applyBatch(store, total, [], ['a', 'never-stored']);
    expect(gone.gone).toEqual(['a']);
    expect(total.n).toBe(0);
    expect(total.df.get('电池')).toBe(0);
    expect(total.len).toEqual([0, 0, 0]);
  });

  it('refuses to plan without the stored terms a change needs', () => {
    const stored = new Map<string, StoredVersion>([['a', { version: 1 }]]);
    const analysed = new Map([['a', encodeAnalysed(doc({ title: ['电池'] }))]]);
    expect(() => planBatch(3, [{ id: 'a', version: 2 }], [], stored, analysed)).toThrow(/not read/);
  });

  it('keep the totals equal to an in-memory index of the newest versions, whatever the batches', () => {
    const vocab = ['电池', '正极', '材料', '水稻'];
    const listing = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      version: fc.integer({ min: 1, max: 4 }),
      terms: fc.record({
        title: fc.array(fc.constantFrom(...vocab), { maxLength: 5 }),
        grams: fc.array(fc.constantFrom('#电池', '#正极'), { maxLength: 4 }),
      }),
    });
    const batch = fc.record({
      published: fc.uniqueArray(listing, { selector: (l) => l.id, maxLength: 4 }),
      removed: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(batch, { maxLength: 12 }), (batches) => {
        const store = new Map<string, { version: number; terms: StoredTerms }>();
        const total = emptyDelta(3);
        for (const b of batches) {
          const removed = b.removed.filter((id) => !b.published.some((p) => p.id === id));
          applyBatch(store, total, b.published, removed);
        }
        const index = new Bm25fIndex(FIELDS);
        for (const [id, r] of store)
          index.add(id, Object.fromEntries(FIELDS.map((f, i) => [f, termsOfField(r.terms, i)])));
        expect(total.n).toBe(index.size);
        for (const t of [...vocab, '#电池', '#正极']) expect(total.df.get(t) ?? 0).toBe(index.df(t));
        for (const i of [0, 1, 2])
          expect(total.len[i]).toBe([...store.values()].reduce((n, r) => n + r.terms.len[i]!, 0));
      }),
    );
  });

  it('sameVersions: equal only when every listing has the version read, and no other has one', () => {
    const read = new Map<string, StoredVersion>([['a', { version: 2 }]]);
    expect(sameVersions(read, new Map([['a', 2]]))).toBe(true);
    expect(sameVersions(read, new Map([['a', 3]]))).toBe(false);
    expect(sameVersions(read, new Map())).toBe(false);
    expect(sameVersions(new Map(), new Map([['a', 1]]))).toBe(false);
  });
});

/** A field's terms with their repeats, from the stored form. */
const termsOfField = (t: StoredTerms, i: number) =>
  t.t[i] ? t.t[i]!.split(' ').flatMap((term, k) => Array.from({ length: t.n[i]![k]! }, () => term)) : [];

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
