import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { ORG_TYPES } from '../libs/shared/auth/index.js';
import { bearer, createOrgWithAdmin, createPlatformAdmin, type TestOrg } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** `depth` nested arrays around a number, as raw text (JSON.stringify would recurse). */
const nested = (depth: number, open = '[', close = ']'): string =>
  open.repeat(depth) + (open === '[' ? '1' : '') + close.repeat(depth);
/** `{"a":{"a":…{"a":1}…}}` `depth` objects deep. */
const nestedObjects = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('request body limits and missing or malformed bodies (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let platform: TestOrg;
  let enterprise: TestOrg;

  const countOrgs = async (): Promise<number> => (await ds.query(`SELECT count(*)::int AS n FROM organization`))[0].n;

  beforeAll(async () => {
    t = await createTestApp({ HTTP_JSON_MAX_DEPTH: '16', HTTP_BODY_MAX_KB: '64' });
    ds = t.app.get(DataSource);
    platform = await createPlatformAdmin(t);
    enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('POST /api/auth/signup (issue 14, finding 6)', () => {
    it('answers 400 VALIDATION_FAILED naming org and admin for an empty object, no body and a non-JSON body, creating nothing', async () => {
      const before = await countOrgs();
      for (const send of [
        () => api(t).post('/api/auth/signup', {}),
        () => api(t).post('/api/auth/signup'),
        () => api(t).post('/api/auth/signup').set('Content-Type', 'text/plain').send('org=1'),
      ]) {
        const res = await send();
        expect([res.status, res.body.code]).toEqual([400, 'VALIDATION_FAILED']);
        const fields = (res.body.details as { field: string }[]).map((d) => d.field);
        expect(fields).toEqual(expect.arrayContaining(['org', 'admin']));
      }
      expect(await countOrgs()).toBe(before);
    });

    it('answers 400 for org/admin given as null, a string, a number or an array', async () => {
      const admin = { email: 'nested@example.cn', displayName: '张强', password: 'Demo@2026' };
      for (const org of [
        null,
        'x',
        42,
        [],
        [{ type: 'enterprise', name: '某某公司', creditCode: 'x', regionCode: '340600' }],
      ]) {
        const res = await api(t).post('/api/auth/signup', { org, admin });
        expect([res.status, res.body.code, res.body.details?.[0]?.field]).toEqual([400, 'VALIDATION_FAILED', 'org']);
      }
    });

    it('answers 400 BODY_TOO_DEEP for JSON nested 20,000 levels (10,000 for objects, within the byte limit), naming the limit', async () => {
      for (const body of [nested(20_000), nestedObjects(10_000), `{"org":${nested(20_000)},"admin":{}}`]) {
        const res = await api(t).post('/api/auth/signup').set('Content-Type', 'application/json').send(body);
        expect([res.status, res.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
        expect(res.body.details).toEqual({ maxDepth: 16 });
        expect(res.body.message).toContain('16');
      }
    });
  });

  it('accepts JSON exactly at the depth limit; brackets inside strings do not count', async () => {
    // 15 levels of nesting inside the outer object: at the limit, so validation (not the depth check) answers.
    const atLimit = await api(t)
      .post('/api/auth/signup')
      .set('Content-Type', 'application/json')
      .send(`{"org":${nested(15)}}`);
    expect(atLimit.body.code).toBe('VALIDATION_FAILED');
    const inString = await api(t).post('/api/auth/login', {
      login: `${'['.repeat(100)}@example.cn`,
      password: `"\\${'{'.repeat(200)}`,
    });
    expect([inString.status, inString.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const tooDeep = await api(t)
      .post('/api/auth/signup')
      .set('Content-Type', 'application/json')
      .send(`{"org":${nested(16)}}`);
    expect(tooDeep.body.code).toBe('BODY_TOO_DEEP');
  });

  it('limits form bodies too, and every route: an authenticated one and a GET', async () => {
    const deepForm = `a${'[a]'.repeat(40)}=1`;
    const form = await api(t)
      .post('/api/auth/login')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(deepForm);
    expect([form.status, form.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
    const authed = await api(t, platform)
      .post('/api/listings/needs')
      .set('Content-Type', 'application/json')
      .send(nested(1000));
    expect([authed.status, authed.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
    const get = await api(t).get('/api/regions').set('Content-Type', 'application/json').send(nested(1000));
    expect([get.status, get.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
  });

  it('answers 413 PAYLOAD_TOO_LARGE past HTTP_BODY_MAX_KB, naming the limit, and 400 MALFORMED_JSON for broken JSON', async () => {
    const big = await api(t).post('/api/auth/login', { login: 'x@example.cn', password: 'x'.repeat(65 * 1024) });
    expect([big.status, big.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(big.body.details).toEqual({ limitBytes: 64 * 1024 });
    for (const broken of ['{"login":', '{login: 1}', 'null', '"x"', '\u0000']) {
      const res = await api(t).post('/api/auth/login').set('Content-Type', 'application/json').send(broken);
      expect([res.status, res.body.code]).toEqual([400, 'MALFORMED_JSON']);
    }
  });

  it('answers 400 VALIDATION_FAILED for a JSON array or a scalar where an object is expected, for every nested DTO', async () => {
    // Each case as a caller the policy table lets through, so that the validators answer.
    const cases: { path: string; body: unknown; field: string }[] = [
      { path: '/api/auth/signup', body: [{}], field: 'org' },
      {
        path: '/api/deals',
        body: { title: '对接项目', parties: [{ orgId: enterprise.org.id, role: 'seller' }], commission: [] },
        field: 'commission',
      },
      {
        path: '/api/deals',
        body: { title: '对接项目', parties: [[{ orgId: enterprise.org.id, role: 'seller' }]] },
        field: 'parties',
      },
      { path: '/api/contracts', body: { seller: 'x' }, field: 'seller' },
      { path: '/api/contracts', body: { seller: {}, buyer: {}, benefit: [{ teamPercent: 1 }] }, field: 'benefit' },
      { path: '/api/search/synonyms', body: { groups: ['锂电池'] }, field: 'groups' },
    ];
    for (const c of cases) {
      const send = c.path === '/api/search/synonyms' ? api(t).put(c.path) : api(t).post(c.path);
      const token = bearer((c.path === '/api/search/synonyms' ? platform : enterprise).accessToken);
      const res = await send.set(token).send(c.body as object);
      expect([c.path, res.status, res.body.code]).toEqual([c.path, 400, 'VALIDATION_FAILED']);
      expect((res.body.details as { field: string }[]).map((d) => d.field.split('.')[0])).toContain(c.field);
    }
  });

  it('refuses U+0000 in any body, query or path value with the field named (PostgreSQL cannot store it: a 500 before)', async () => {
    const login = await api(t).post('/api/auth/login', { login: 'a\u0000@example.cn', password: 'x' });
    expect([login.status, login.body.code, login.body.details]).toEqual([
      400,
      'VALIDATION_FAILED',
      [{ field: 'login', messages: ['login 不能包含空字符（U+0000）'] }],
    ]);
    const nested = await api(t).post('/api/auth/signup', { org: { name: '某\u0000公司' }, admin: {} });
    expect([nested.status, nested.body.details?.[0]?.field]).toEqual([400, 'org.name']);
    const query = await api(t, platform).get('/api/organizations?q=%00');
    expect([query.status, query.body.details?.[0]?.field]).toEqual([400, 'q']);
    const path = await api(t).get('/api/regions/34%0000');
    expect([path.status, path.body.details?.[0]?.field]).toEqual([400, 'code']);
  });

  it("answers Node's HTTP parser errors with a coded JSON body: 431 for a huge query string, 400 for garbage", async () => {
    const huge = await api(t).get(`/api/regions?parent=${'1'.repeat(64 * 1024)}`);
    expect([huge.status, huge.body.code]).toEqual([431, 'HEADERS_TOO_LARGE']);

    const server = t.http as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect((server.address() as AddressInfo).port, '127.0.0.1', () =>
          socket.write('NONSENSE / HTTP/9.9\r\n\r\n'),
        );
        let text = '';
        socket.on('data', (d) => (text += d.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toMatchObject({
        statusCode: 400,
        code: 'MALFORMED_REQUEST',
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('bounds every list filter of the search and matching queries (duplicates included)', async () => {
    const many = (name: string, value: string, n: number) =>
      Array.from({ length: n }, () => `${name}=${value}`).join('&');
    for (const url of [
      // one more than there are organisation types
      `/api/search/needs?${many('orgType', 'enterprise', ORG_TYPES.length + 1)}`,
      `/api/search/achievements?${many('transferMode', 'transfer', 40)}`,
      `/api/search/needs?${many('techField', '06', 12)}`,
    ]) {
      const res = await api(t).get(url);
      expect([url, res.status, res.body.code]).toEqual([url, 400, 'VALIDATION_FAILED']);
    }
    expect((await api(t).get(`/api/search/needs?${many('orgType', 'enterprise', 2)}`)).status).toBe(200);
  });

  it('checks the depth of UTF-16 JSON on its decoded text and refuses charsets it cannot decode (415)', async () => {
    const utf16 = (text: string) => Buffer.from(text, 'utf16le');
    // superagent would turn a Buffer sent as JSON into {"type":"Buffer",…}; an identity serializer
    // sends the bytes (its Node transport writes a Buffer as is; the typings only know strings).
    const asIs = ((b: Buffer) => b) as unknown as (obj: unknown) => string;
    const raw = (charset: string, bytes: Buffer) =>
      api(t)
        .post('/api/auth/login')
        .set('Content-Type', `application/json; charset=${charset}`)
        .serialize(asIs)
        .send(bytes);
    const deep = await raw('utf-16le', utf16(nested(100)));
    expect([deep.status, deep.body.code]).toEqual([400, 'BODY_TOO_DEEP']);
    const ok = await raw('utf-16le', utf16(JSON.stringify({ login: '字[符]@example.cn', password: 'x' })));
    expect([ok.status, ok.body.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const utf32 = await raw('utf-32', Buffer.from('{}'));
    expect([utf32.status, utf32.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });
});
