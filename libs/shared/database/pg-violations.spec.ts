import { constraintViolation, mapViolation } from './pg-violations.js';

const queryFailed = (fields: Record<string, string>) =>
  Object.assign(new Error('query failed'), { driverError: fields, ...fields });

describe('constraint violations', () => {
  it('reads the kind, constraint and detail of unique, foreign-key and check violations', () => {
    expect(
      constraintViolation(queryFailed({ code: '23505', constraint: 'app_user_email_key', table: 'app_user' })),
    ).toMatchObject({ kind: 'unique', constraint: 'app_user_email_key', table: 'app_user' });
    expect(
      constraintViolation({ code: '23503', constraint: 'deal_need_id_fkey', detail: 'Key (need_id)=(x)' }),
    ).toMatchObject({ kind: 'foreign-key', constraint: 'deal_need_id_fkey', detail: 'Key (need_id)=(x)' });
    expect(constraintViolation(queryFailed({ code: '23514', constraint: 'x_check' }))?.kind).toBe('check');
  });

  it('is undefined for other errors', () => {
    expect(constraintViolation(queryFailed({ code: '55P03' }))).toBeUndefined();
    expect(constraintViolation(new Error('boom'))).toBeUndefined();
    expect(constraintViolation(null)).toBeUndefined();
  });

  it('maps the violations a caller names and hands everything else back unchanged', () => {
    class Taken extends Error {}
    const map = { unique: (v: { constraint: string }) => (v.constraint === 'k' ? new Taken() : undefined) };
    expect(mapViolation(queryFailed({ code: '23505', constraint: 'k' }), map)).toBeInstanceOf(Taken);
    const other = queryFailed({ code: '23505', constraint: 'other' });
    expect(mapViolation(other, map)).toBe(other);
    const fk = queryFailed({ code: '23503', constraint: 'k' });
    expect(mapViolation(fk, map)).toBe(fk);
  });
});
