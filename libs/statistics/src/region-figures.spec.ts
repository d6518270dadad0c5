import { addFigures } from './region-figures.js';

describe('addFigures', () => {
  it('adds counts as numbers and fen exactly, beyond what a double holds', () => {
    const total = addFigures([
      { count: 2, fen: '9007199254740993', people: 1 },
      { count: 3, fen: '7', people: 0 },
    ]);
    expect(total).toEqual({ count: 5, fen: '9007199254741000', people: 1 });
  });

  it('keeps every key of the figures, zero or not', () => {
    expect(addFigures([{ a: 0, b: '0' }])).toEqual({ a: 0, b: '0' });
  });
});
