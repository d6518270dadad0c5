import { DEMO_PASSWORD, demoEmail } from '../seeds/demo/identity-demo.js';
import { chinaToday } from '../libs/reference/src/index.js';
import { loginAs } from './factories/identity.factory.js';
import { api } from './http.js';
import { useDemoApp } from './demo-app.js';

/**
 * The demo market's science-finance records — 淮北's 科技创新券 and 临沂's 科技成果转化贷款 — on
 * one load of the demo market (it takes most of a minute on loaded cores; one file loads it once).
 */
describe('finance demo data: vouchers and loans (e2e)', () => {
  const app = useDemoApp();

  it('loads 淮北’s programme with vouchers at three steps and a balanced ledger', async () => {
    const t = app();
    const staff = await loginAs(t, demoEmail('huaibei-staff'), DEMO_PASSWORD);
    const programmes = (await api(t, staff).get('/api/voucher-programmes').expect(200)).body.items;
    const p = programmes.find((x: { name: string }) => x.name.endsWith('淮北市科技创新券'));
    expect(p).toMatchObject({ budgetFen: '500000000', reservedFen: '5000000', redeemedFen: '8000000' });
    expect(p.acceptedRegions).toEqual([{ code: '320300', name: '徐州市' }]);
    const ledger = (await api(t, staff).get(`/api/voucher-programmes/${p.id}/ledger`).expect(200)).body;
    expect(ledger).toMatchObject({ total: 4, balanced: true, availableFen: '487000000' });
    const ent = await loginAs(t, demoEmail('huaibei-enterprise'), DEMO_PASSWORD);
    const mine = (await api(t, ent).get('/api/vouchers').expect(200)).body.items;
    expect(mine.map((v: { statusName: string }) => v.statusName).sort()).toEqual(['已兑付', '已批准', '待审核'].sort());
  });

  it('loads a filed loan with a repayment that the bank, the enterprise and 临沂’s bureau see', async () => {
    const t = app();
    const bank = await loginAs(t, demoEmail('linyi-bank'), DEMO_PASSWORD);
    const filed = (await api(t, bank).get('/api/loans').expect(200)).body.items;
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ amountFen: '500000000' });
    const ent = await loginAs(t, demoEmail('linyi-enterprise'), DEMO_PASSWORD);
    expect((await api(t, ent).get('/api/loans').expect(200)).body.items.map((l: { id: string }) => l.id)).toEqual([
      filed[0].id,
    ]);
    const staff = await loginAs(t, demoEmail('linyi-staff'), DEMO_PASSWORD);
    const year = chinaToday().slice(0, 4);
    const stats = (await api(t, staff).get('/api/stats/loans', { period: year }).expect(200)).body;
    expect(stats.totals).toMatchObject({ filedCount: 1, filedFen: '500000000', repaidFen: '50000000' });
    expect(stats.children.find((c: { regionCode: string }) => c.regionCode === '371302')).toMatchObject({
      filedCount: 1,
      filedFen: '500000000',
    });
  });
});
