import { createHmac, timingSafeEqual } from 'node:crypto';
import { ExchangeCursorInvalidError } from './exchange.errors.js';

/** A position in the (updated_at, id) order of the feed; updatedAt keeps PostgreSQL's microseconds. */
export interface FeedPosition {
  updatedAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CURSOR_LENGTH = 256;

/**
 * Opaque, signed feed cursors. The signature makes a hand-made or edited cursor a 400 rather than
 * a silently different position (partners must not depend on the format).
 */
export class CursorCodec {
  constructor(private readonly key: Buffer) {}

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest().subarray(0, 16);
  }

  encode(pos: FeedPosition): string {
    const payload = Buffer.from(JSON.stringify({ u: pos.updatedAt, i: pos.id })).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  decode(cursor: string): FeedPosition {
    if (cursor.length > MAX_CURSOR_LENGTH) throw new ExchangeCursorInvalidError();
    const [payload, sig, extra] = cursor.split('.');
    if (!payload || !sig || extra !== undefined) throw new ExchangeCursorInvalidError();
    const given = Buffer.from(sig, 'base64url');
    const expected = this.mac(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ExchangeCursorInvalidError();
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new ExchangeCursorInvalidError();
    }
    const { u, i } = (parsed ?? {}) as { u?: unknown; i?: unknown };
    if (typeof u !== 'string' || typeof i !== 'string' || !TIMESTAMP.test(u) || !UUID.test(i))
      throw new ExchangeCursorInvalidError();
    return { updatedAt: u, id: i };
  }
}
