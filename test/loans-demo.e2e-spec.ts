import { DEMO_PASSWORD, demoEmail } from '../seeds/demo/identity-demo.js';
import { chinaToday } from '../libs/reference/src/index.js';
import { loginAs } from './factories/identity.factory.js';
import { api } from './http.js';
import { useDemoApp } from './demo-app.js';

/** The demo market's 临沂 科技成果转化贷款: the bank, the enterprise and the bureau each see it. */
describe('loan demo data (e2e)', () => {
  const app = useDemoApp();

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
