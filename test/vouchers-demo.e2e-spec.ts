import { DEMO_PASSWORD, demoEmail } from '../seeds/demo/identity-demo.js';
import { loginAs } from './factories/identity.factory.js';
import { api } from './http.js';
import { useDemoApp } from './demo-app.js';

/** The demo market's 淮北 科技创新券: its ledger adds up, its bureau and enterprise see their parts. */
describe('voucher demo data (e2e)', () => {
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
});
