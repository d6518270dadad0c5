import { nulFields } from './validation.js';

describe('nulFields', () => {
  it('names every string holding U+0000 by its path, in arrays and nested objects', () => {
    expect(nulFields({ org: { name: 'a\u0000b', type: 'x' }, admin: { email: 'ok' }, list: ['x', '\u0000'] })).toEqual([
      'org.name',
      'list.1',
    ]);
    expect(nulFields('x\u0000', 'id')).toEqual(['id']);
    expect(nulFields('\u0000')).toEqual(['(body)']);
    expect(nulFields({ a: ['no', { b: 'nul-free' }], n: 1, z: null })).toEqual([]);
  });

  it('walks a deep value without recursion and stops after 20 findings', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(nulFields(deep)).toHaveLength(1);
    expect(nulFields(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });
});
