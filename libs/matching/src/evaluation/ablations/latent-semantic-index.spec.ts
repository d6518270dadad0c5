import { LatentSemanticIndex } from './latent-semantic-index.js';

const doc = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));

describe('LatentSemanticIndex', () => {
  const docs = new Map([
    ['a1', doc('扦插', '育苗', '插穗', '生根')],
    ['a2', doc('扦插', '育苗', '繁殖', '苗木')],
    ['a3', doc('插穗', '繁殖', '生根', '苗木')],
    ['b1', doc('混凝土', '桥梁', '预应力', '钢绞线')],
    ['b2', doc('混凝土', '桥梁', '空心板', '荷载')],
    ['b3', doc('预应力', '空心板', '钢绞线', '荷载')],
  ]);

  it('puts a query near the documents of its topic even without shared words', () => {
    const lsa = new LatentSemanticIndex({ dimensions: 2, minDf: 2, powerIterations: 2, seed: 1 });
    lsa.fit(docs);
    expect(lsa.fitted).toBe(true);
    // 繁殖 and 苗木 are not in a1, yet co-occur with its words elsewhere.
    const sims = lsa.similarities(lsa.project(doc('繁殖', '苗木')));
    expect(sims.get('a1')!).toBeGreaterThan(sims.get('b1')!);
    expect(sims.get('a1')!).toBeGreaterThan(sims.get('b2')!);
  });

  it('folds new documents in and tracks how stale the fit is', () => {
    const lsa = new LatentSemanticIndex({ dimensions: 2, minDf: 2, powerIterations: 2, seed: 1 });
    lsa.fit(docs);
    expect(lsa.staleness).toBe(0);
    lsa.upsert('c', doc('桥梁', '荷载'));
    lsa.remove('a2');
    expect(lsa.staleness).toBeCloseTo(2 / 6);
    const sims = lsa.similarities(lsa.project(doc('混凝土')));
    expect(sims.has('a2')).toBe(false);
    expect(sims.get('c')!).toBeGreaterThan(sims.get('a1')!);
  });
});
