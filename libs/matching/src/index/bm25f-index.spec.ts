import { Bm25fIndex } from './bm25f-index.js';
import { Bm25fScorer } from './bm25f-scorer.js';

const fields = [
  { name: 'title', weight: 2, b: 0.5 },
  { name: 'description', weight: 1, b: 0.75 },
];
const names = fields.map((f) => f.name);
const scorer = new Bm25fScorer(fields, 1.2);
const q = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));
const top = (idx: Bm25fIndex, query: Map<string, number>, k: number) =>
  scorer.top(query, idx, idx.containing(query.keys()), k);

describe('Bm25fIndex with Bm25fScorer', () => {
  it('ranks the document with the rarer shared term first and weighs the title field more', () => {
    const idx = new Bm25fIndex(names);
    idx.add('a', { title: ['电池'], description: ['材料', '工艺'] });
    idx.add('b', { title: ['材料'], description: ['电池', '工艺'] });
    idx.add('c', { title: ['工艺'], description: ['材料'] });
    expect(top(idx, q('电池'), 3).map((r) => r.id)).toEqual(['a', 'b']);
    expect(idx.idf('电池')).toBeGreaterThan(idx.idf('材料'));
  });

  it('keeps document frequencies and lengths current on add, replace and remove', () => {
    const idx = new Bm25fIndex(names);
    idx.add('a', { title: ['x'], description: ['y'] });
    idx.add('b', { title: ['x'], description: [] });
    expect(idx.df('x')).toBe(2);
    const before = scorer.score(q('y'), idx, ['a', 'b']).get('a');
    idx.add('b', { title: ['z'], description: [] });
    expect(idx.df('x')).toBe(1);
    expect(idx.df('z')).toBe(1);
    expect(idx.remove('b')).toBe(true);
    expect(idx.remove('b')).toBe(false);
    expect(idx.df('z')).toBe(0);
    expect(idx.size).toBe(1);
    // Same corpus again as at the start: the same score.
    idx.add('b', { title: ['x'], description: [] });
    expect(scorer.score(q('y'), idx, ['a', 'b']).get('a')).toBeCloseTo(before!, 12);
  });

  it('scores only the documents it is given, and only those holding a query term', () => {
    const idx = new Bm25fIndex(names);
    idx.add('a', { title: ['x'], description: [] });
    idx.add('b', { title: ['x'], description: [] });
    idx.add('c', { title: ['y'], description: [] });
    expect([...scorer.score(q('x'), idx, ['b', 'c', 'missing']).keys()]).toEqual(['b']);
  });

  it('reports which fields hold a term', () => {
    const idx = new Bm25fIndex(names);
    idx.add('a', { title: ['x'], description: ['x', 'y'] });
    expect(scorer.fieldsContaining(idx, 'a', 'x')).toEqual(['title', 'description']);
    expect(scorer.fieldsContaining(idx, 'a', 'y')).toEqual(['description']);
  });
});
