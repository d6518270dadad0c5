import { createTestApp, type TestApp } from './test-app.js';
import { api, refused } from './http.js';

describe('reference API and HTTP basics (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers health 200 with both components up and a request id', async () => {
    const res = await api(t).get('/api/health').expect(200);
    expect(res.body.status).toBe('up');
    expect(res.body.components.database.status).toBe('up');
    expect(res.body.components.search.status).toBe('up');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a caller-supplied request id and returns it in error bodies', async () => {
    const res = await api(t).get('/api/nope').set('X-Request-Id', 'abc-12345678').expect(404);
    expect(res.headers['x-request-id']).toBe('abc-12345678');
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'ROUTE_NOT_FOUND',
      message: expect.any(String),
      requestId: 'abc-12345678',
    });
  });

  it('answers an unknown route outside /api with JSON 404', async () => {
    const res = await api(t).get('/no/such/page').expect(404);
    expect(res.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('lists provinces, then children of a city with paging', async () => {
    const provinces = await api(t).get('/api/regions', { pageSize: 100 }).expect(200);
    expect(provinces.body.total).toBe(31);
    expect(provinces.body.items.find((r: { code: string }) => r.code === '340000')).toMatchObject({
      name: '安徽省',
      level: 'province',
    });
    const bozhou = await api(t).get('/api/regions', { parent: '341600', pageSize: 2 }).expect(200);
    expect(bozhou.body.items).toHaveLength(2);
    expect(bozhou.body.total).toBe(4);
    expect(bozhou.body.page).toBe(1);
  });

  it('rejects an invalid parent with field details', async () => {
    const res = await api(t).get('/api/regions?parent=abc').expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual([{ field: 'parent', messages: [expect.stringContaining('6 位数字')] }]);
  });

  it('rejects unknown query fields and bad paging', async () => {
    await refused(api(t).get('/api/regions?foo=1'), 400, 'VALIDATION_FAILED');
    expect((await api(t).get('/api/regions?pageSize=1000').expect(400)).body.details[0].field).toBe('pageSize');
    expect((await api(t).get('/api/regions?page=0').expect(400)).body.details[0].field).toBe('page');
  });

  it('returns a region with its ancestors, 404 REGION_NOT_FOUND for an unknown code', async () => {
    const res = await api(t).get('/api/regions/341623').expect(200);
    expect(res.body.ancestors.map((a: { name: string }) => a.name)).toEqual(['亳州市', '安徽省']);
    const missing = await api(t).get('/api/regions/999999').expect(404);
    expect(missing.body.code).toBe('REGION_NOT_FOUND');
    await refused(api(t).get('/api/regions/12'), 400, 'VALIDATION_FAILED');
    await refused(api(t).get('/api/regions?parent=999999'), 404, 'REGION_NOT_FOUND');
  });

  it('serves the code tables', async () => {
    const fields = await api(t).get('/api/tech-fields').expect(200);
    expect(fields.body.map((f: { name: string }) => f.name)).toContain('新能源与高效节能');
    const types = await api(t).get('/api/contract-types?at=2019-01-01').expect(200);
    expect(types.body.map((x: { name: string }) => x.name)).toEqual(['技术开发', '技术转让', '技术咨询', '技术服务']);
    await refused(api(t).get('/api/contract-types?at=2019-13-45'), 400, 'VALIDATION_FAILED');
    const reasons = await api(t).get('/api/rejection-reasons').expect(200);
    expect(reasons.body.map((r: { code: string }) => r.code)).toContain('duplicate_registration');
  });

  it('serves the policy targets of a region', async () => {
    const res = await api(t).get('/api/targets?region=340600&pageSize=100').expect(200);
    const absorption = res.body.items.find(
      (x: { indicatorCode: string }) => x.indicatorCode === 'tech_contract_amount',
    );
    expect(absorption).toMatchObject({
      perspective: 'absorption',
      targetYear: 2025,
      value: '10000000000.00',
      unit: 'yuan',
    });
    const lixin = await api(t).get('/api/targets?region=341600&includeDescendants=true&pageSize=100').expect(200);
    expect(
      lixin.body.items.some(
        (x: { regionCode: string; value: string }) => x.regionCode === '341623' && x.value === '300000000.00',
      ),
    ).toBe(true);
    await refused(api(t).get('/api/targets?region=999999'), 404, 'REGION_NOT_FOUND');
  });

  it('rejects malformed JSON bodies with 400, not 500', async () => {
    const res = await api(t).post('/api/regions').set('Content-Type', 'application/json').send('{"a":');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_JSON');
  });

  it('publishes the OpenAPI document with the reference endpoints', async () => {
    const res = await api(t).get('/api/docs-json').expect(200);
    for (const p of [
      '/api/regions',
      '/api/regions/{code}',
      '/api/tech-fields',
      '/api/contract-types',
      '/api/targets',
      '/api/health',
    ]) {
      expect(Object.keys(res.body.paths)).toContain(p);
    }
    const html = await api(t).get('/api/docs').expect(200);
    expect(html.text).toContain('swagger');
  });
});
