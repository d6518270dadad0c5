import type { Page } from 'playwright-core';
import { createContract } from './factories/contract.factory.js';
import { acceptedDeal, signDeal } from './factories/deal.factory.js';
import { createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { startWebHarness, type WebHarness } from './browser.js';

/**
 * Issue 18, finding 1, in the browser: the contract detail the registry certifies names the
 * parties as they stood in the deal — the buyer who opened its own deal is the 买方, never the
 * 中介方; a broker agency that brought the parties together is the 中介方.
 */
describe('web app: the parties on a contract from a deal (e2e)', () => {
  let h: WebHarness;
  let agency: TestOrg;
  let buyer: TestOrg;
  let seller: TestOrg;

  /** The detail's rows as label → text. */
  async function detailRows(page: Page): Promise<Record<string, string>> {
    const detail = page.getByTestId('contract-detail');
    await detail.waitFor();
    const labels = await detail.locator('.ant-descriptions-item-label').allTextContents();
    const values = await detail.locator('.ant-descriptions-item-content').allTextContents();
    return Object.fromEntries(labels.map((l, i) => [l.trim(), (values[i] ?? '').trim()]));
  }

  beforeAll(async () => {
    h = await startWebHarness();
    [agency, buyer, seller] = await Promise.all([
      createOrgWithAdmin(h.t, {
        type: 'broker_agency',
        regionCode: '340600',
        roles: ['broker'],
        name: '淮北技术转移中心（合同方测试）',
      }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北钠电材料有限公司（合同方测试）' }),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北理工学院（合同方测试）' }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  const contractFrom = async (dealId: string, title: string) =>
    createContract(h.t, seller, buyer, { title, dealId, signedOn: new Date().toISOString().slice(0, 10) });

  it('lists the buyer who opened its own deal as 买方 only, with no 中介方', async () => {
    const deal = await signDeal(
      h.t,
      buyer,
      await acceptedDeal(h.t, buyer, { seller, buyer }, { title: '硬碳负极技术对接（买方发起）' }),
    );
    const contract = await contractFrom(deal.id, '硬碳负极技术开发合同（买方发起）');
    for (const who of [seller, buyer]) {
      const page = await h.logIn(who, `/contracts?contract=${contract.id}`);
      const rows = await detailRows(page);
      expect(rows['买方']).toContain(buyer.org.name);
      expect(rows['卖方']).toContain(seller.org.name);
      expect(rows).not.toHaveProperty('中介方');
      expect(Object.values(rows).join('|')).not.toContain(`中介方${buyer.org.name}`);
      if (who === seller) await h.screenshot(page, 'contract-parties-own-deal');
      await page.context().close();
    }
  }, 90_000);

  it('lists the broker agency that brought the parties together as 中介方', async () => {
    const deal = await signDeal(
      h.t,
      agency,
      await acceptedDeal(h.t, agency, { seller, buyer }, { title: '硬碳负极技术对接（经纪）' }),
    );
    const contract = await contractFrom(deal.id, '硬碳负极技术开发合同（经纪）');
    const page = await h.logIn(seller, `/contracts?contract=${contract.id}`);
    const rows = await detailRows(page);
    expect(rows['中介方']).toContain(agency.org.name);
    expect(rows['买方']).toContain(buyer.org.name);
    await page.context().close();
  }, 90_000);
});
