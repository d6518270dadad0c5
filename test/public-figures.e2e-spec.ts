import { chinaToday } from '../libs/reference/src/index.js';
import { certifiedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { api, refused } from './http.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Issue 16, public figures: a bureau chooses to publish its region's figures; anyone then reads
 * them without login, aggregates only — an amount of fewer than three contracts is withheld —
 * and a region that does not publish answers 404.
 */
describe('public figures of a region (e2e)', () => {
  let t: TestApp;
  let suixiAdmin: TestOrg, suixiStaff: TestOrg, hefeiAdmin: TestOrg, seller: TestOrg, buyer: TestOrg;
  const year = Number(chinaToday().slice(0, 4));
  const figures = () => api(t).get('/api/public/figures/340621');
  const output = (body: { perspectives: { perspective: string; years: { year: number; total: unknown }[] }[] }) =>
    body.perspectives.find((p) => p.perspective === 'output')!.years.find((y) => y.year === year)!;

  beforeAll(async () => {
    t = await createTestApp();
    [suixiAdmin, suixiStaff, hefeiAdmin, seller, buyer] = await Promise.all([
      createBureauStaff(t, '340621', { admin: true }),
      createBureauStaff(t, '340621'),
      createBureauStaff(t, '340100', { admin: true }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340621', name: '濉溪公开指标测试新材料有限公司' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers 404 for a region that does not publish, or does not exist', async () => {
    await refused(figures(), 404, 'PUBLIC_FIGURES_NOT_PUBLISHED');
    await refused(api(t).get('/api/public/figures/999999'), 404, 'PUBLIC_FIGURES_NOT_PUBLISHED');
    expect((await api(t).get('/api/public/figures').expect(200)).body).toEqual([]);
  });

  it('only the bureau admin of the region (or above) and the platform may switch publishing on', async () => {
    const put = (who: TestOrg | undefined, body: Record<string, unknown>) =>
      api(t, who).put('/api/stats/public-setting/340621', body);
    await put(undefined, { published: true }).expect(401);
    for (const who of [suixiStaff, hefeiAdmin, seller]) await put(who, { published: true }).expect(403);
    await refused(put(suixiAdmin, { published: 'yes' }), 400, 'VALIDATION_FAILED');
    expect((await api(t, suixiStaff).get('/api/stats/public-setting/340621').expect(200)).body.published).toBe(false);
    // another city's bureau may not even read the setting; a region that does not exist is no 500
    await api(t, hefeiAdmin).get('/api/stats/public-setting/340621').expect(403);
    const unknown = await api(t, suixiAdmin).put('/api/stats/public-setting/999999', { published: true });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);

    const on = await put(suixiAdmin, { published: true }).expect(200);
    expect(on.body).toMatchObject({ regionCode: '340621', regionName: '濉溪县', published: true });
    expect((await api(t).get('/api/public/figures').expect(200)).body).toEqual([{ code: '340621', name: '濉溪县' }]);
  });

  it('shows aggregates without login, withholding the amounts of fewer than three contracts', async () => {
    await api(t, suixiAdmin).put('/api/stats/public-setting/340621', { published: true }).expect(200);
    const first = await certifiedContract(t, seller, buyer, suixiStaff, { contractAmountFen: '12345678' });
    const one = await figures().expect(200);
    expect(one.headers['cache-control']).toBe('public, max-age=60');
    expect(output(one.body).total).toEqual({ count: 1, contractAmountFen: null, techAmountFen: null, withheld: true });
    // nothing that names or prices the one contract
    const text = JSON.stringify(one.body);
    for (const secret of [seller.org.name, buyer.org.name, first.id, '12345678']) expect(text).not.toContain(secret);

    await certifiedContract(t, seller, buyer, suixiStaff);
    await certifiedContract(t, seller, buyer, suixiStaff);
    const three = (await figures().expect(200)).body;
    const summary = (
      await api(t, suixiStaff)
        .get('/api/stats/summary', { region: '340621', period: `${year}-ytd`, perspective: 'output', groupBy: 'month' })
        .expect(200)
    ).body;
    expect(output(three).total).toEqual({ ...summary.total, withheld: false });
    expect(summary.total.count).toBe(3);
    // every month of the year so far, zero months included, summing to the total
    const months = (output(three) as unknown as { months: { totals: { contractAmountFen: string | null } }[] }).months;
    expect(months).toHaveLength(Number(chinaToday().slice(5, 7)));
    expect(months.reduce((s, m) => s + BigInt(m.totals.contractAmountFen ?? 0), 0n).toString()).toBe(
      summary.total.contractAmountFen,
    );
  });

  it('switching publishing off takes the page down again', async () => {
    await api(t, suixiAdmin).put('/api/stats/public-setting/340621', { published: false }).expect(200);
    await refused(figures(), 404, 'PUBLIC_FIGURES_NOT_PUBLISHED');
  });
});
