/**
 * Requests against the test app, as a user or anonymously, and the check every refusal gets:
 *
 *   const as = api(t, ent);
 *   await as.post('/api/org/members', body).expect(201);
 *   await refused(as.post('/api/org/members', body), 409, 'EMAIL_TAKEN');
 *   await refused(api(t).get('/api/me'), 401, 'TOKEN_MISSING');
 *
 * A body (or a GET's query) given to the call is sent with it; other headers and parts are
 * added to the returned supertest request as usual.
 */
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { TestApp } from './test-app.js';

/** Anyone holding an access token (a TestOrg, a member, a fresh login). */
export interface Bearer {
  accessToken: string;
}

type Body = string | object;

export interface Api {
  get(path: string, query?: Record<string, unknown>): request.Test;
  post(path: string, body?: Body): request.Test;
  patch(path: string, body?: Body): request.Test;
  put(path: string, body?: Body): request.Test;
  delete(path: string): request.Test;
}

/** The in-process test app, or a running api's base URL (`{ http: 'http://127.0.0.1:port' }`). */
export type Target = Pick<TestApp, 'http'> | { http: string };

/** Requests as `who` (its bearer token set), or anonymous without one. */
export function api(t: Target, who?: Bearer): Api {
  const as = (r: request.Test) => (who ? r.set('Authorization', `Bearer ${who.accessToken}`) : r);
  const withBody = (r: request.Test, body?: Body) => (body === undefined ? r : r.send(body));
  return {
    get: (path, query) =>
      query === undefined ? as(request(t.http).get(path)) : as(request(t.http).get(path)).query(query),
    post: (path, body) => withBody(as(request(t.http).post(path)), body),
    patch: (path, body) => withBody(as(request(t.http).patch(path)), body),
    put: (path, body) => withBody(as(request(t.http).put(path)), body),
    delete: (path) => as(request(t.http).delete(path)),
  };
}

/** Expects the request to be refused with `status` and the error `code`; returns the answer. */
export async function refused(req: PromiseLike<request.Response>, status: number, code: string) {
  const res = await req;
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  return res;
}

/** The field names of a 400's details, sorted. */
export const fieldsOf = (res: request.Response): string[] =>
  ((res.body.details ?? []) as { field: string }[]).map((d) => d.field).sort();

/** A fresh Idempotency-Key. */
export const idempotencyKey = (): string => `test-${randomUUID()}`;

/** supertest parser that keeps the body as bytes (XLSX, CSV with BOM). */
export const binary: Parameters<request.Test['parse']>[0] = (res, cb) => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => cb(null, Buffer.concat(chunks)));
};
