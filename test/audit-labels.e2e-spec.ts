import { certifiedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, createPlatformAdmin } from './factories/identity.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api } from './http.js';

/** The audit log names the records its rows are about, not only their ids. */
describe('audit log labels (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('names a certified contract by its title and the work calendar by its year', async () => {
    const [seller, bureau, platform] = await Promise.all([
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createBureauStaff(t, '340600'),
      createPlatformAdmin(t),
    ]);
    const buyer = { name: '宿州市新能源装备有限公司', creditCode: '91341302MA2TXE012G', regionCode: '341302' };
    const c = await certifiedContract(t, seller, buyer, bureau, { title: '煤矸石制备陶粒轻骨料技术转让合同' });
    const rows = (await api(t, platform).get('/api/audit', { targetType: 'tech_contract', targetId: c.id }).expect(200))
      .body.items as { targetName: string; targetLabel: string | null; actionName: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows)
      expect(r).toMatchObject({ targetName: '技术合同', targetLabel: '煤矸石制备陶粒轻骨料技术转让合同' });

    await api(t, platform)
      .put('/api/work-calendar/2098')
      .send({ days: [{ day: '2098-01-01', isWorkday: false, name: '元旦' }] })
      .expect(200);
    const [cal] = (await api(t, platform).get('/api/audit', { targetType: 'work_calendar' }).expect(200)).body.items;
    expect(cal).toMatchObject({
      targetName: '工作日历',
      targetId: '2098',
      actionName: '录入工作日历',
      targetLabel: null,
    });
  });
});
