import { affectedRows, returningRows, type Queryable } from './sql-results.js';

const answering = (result: unknown): Queryable => ({ query: async () => result }) as unknown as Queryable;

describe('TypeORM result shapes', () => {
  it('counts the rows an UPDATE or DELETE touched from [rows, count]', async () => {
    expect(await affectedRows(answering([[], 1]), 'UPDATE t SET x = 1')).toBe(1);
    expect(await affectedRows(answering([[], 0]), 'DELETE FROM t')).toBe(0);
    expect(await affectedRows(answering([[{ id: 'a' }, { id: 'b' }], 2]), 'UPDATE … RETURNING id')).toBe(2);
  });

  it('counts the rows of an INSERT … RETURNING, which TypeORM answers with the rows alone', async () => {
    expect(await affectedRows(answering([{ id: 'a' }]), 'INSERT …')).toBe(1);
  });

  it('returns the RETURNING rows of any verb', async () => {
    expect(await returningRows(answering([[{ id: 'a' }], 1]), 'UPDATE … RETURNING id')).toEqual([{ id: 'a' }]);
    expect(await returningRows(answering([[], 0]), 'DELETE … RETURNING id')).toEqual([]);
    expect(await returningRows(answering([{ id: 'b' }]), 'INSERT … RETURNING id')).toEqual([{ id: 'b' }]);
  });

  it('does not mistake a two-row SELECT-like answer for [rows, count]', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(await returningRows(answering(rows), 'INSERT … RETURNING id')).toEqual(rows);
  });
});
