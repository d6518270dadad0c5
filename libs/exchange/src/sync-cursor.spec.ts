import { CursorCodec } from './sync-cursor.js';

describe('CursorCodec', () => {
  const codec = new CursorCodec(Buffer.alloc(32, 7));
  const pos = { updatedAt: '2026-12-02T08:15:30.123456Z', id: '0b6f1a52-4c1e-4a55-9a7e-1f2d3c4b5a69' };

  it('round-trips a position, microseconds included', () => {
    expect(codec.decode(codec.encode(pos))).toEqual(pos);
  });

  it('rejects an edited payload, a cursor signed with another key and garbage with EXCHANGE_CURSOR_INVALID', () => {
    const cursor = codec.encode(pos);
    const [, sig] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify({ u: '2000-01-01T00:00:00.000000Z', i: pos.id })).toString('base64url')}.${sig}`;
    const other = new CursorCodec(Buffer.alloc(32, 8)).encode(pos);
    for (const bad of [edited, other, 'abc', '', 'a.b.c', `${cursor}x`, 'x'.repeat(300)]) {
      expect(() => codec.decode(bad)).toThrow(expect.objectContaining({ code: 'EXCHANGE_CURSOR_INVALID' }));
    }
  });

  it('rejects a correctly signed cursor whose fields are malformed', () => {
    const forged = new CursorCodec(Buffer.alloc(32, 7));
    const cursor = forged.encode({ updatedAt: "2026-01-01'; DROP TABLE x; --", id: 'not-a-uuid' });
    expect(() => codec.decode(cursor)).toThrow(expect.objectContaining({ code: 'EXCHANGE_CURSOR_INVALID' }));
  });
});
