import { submittedContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { PHONE, startWebHarness, submitDialog, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * The 认定登记 dialog keeps a declared amount to the fen (223.4258 万元) in its field, and says
 * the same amount above it and under it: 2,234,258 元 — never 223.43 above a field of 223.4258.
 * Certified unchanged, the approved amount is the declared one to the fen.
 */
describe('web app: the 认定登记 dialog names the amount it certifies (e2e)', () => {
  let h: WebHarness;
  let bureau: TestOrg;
  let seller: TestOrg;
  let buyer: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [bureau, seller, buyer] = await Promise.all([
      createBureauStaff(h.t, '341100'),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '341100', name: '滁州智能家电有限公司（金额测试）' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '341300' }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  for (const [name, viewport] of [
    ['desktop', undefined],
    ['phone', PHONE],
  ] as const) {
    it(`shows 2,234,258 元 above and under the field holding 223.4258 万元; certifying keeps every fen (${name})`, async () => {
      const title = `冰箱变频压缩机控制技术开发合同（金额测试 ${name}）`;
      const contract = await submittedContract(h.t, seller, buyer, {
        title,
        contractAmountFen: '223425800',
        techAmountFen: '180000000',
      });
      const page = await h.logIn(bureau, '/certification', viewport);
      await page.getByTestId('queue-contract').filter({ hasText: title }).getByTestId('certify-contract').click();
      const dialog = page.getByRole('dialog', { name: '认定登记' });
      await dialog.getByTestId('declared-amounts').waitFor();
      expect((await dialog.getByTestId('declared-amounts').innerText()).replace(/\s+/g, ' ')).toBe(
        '申报：合同成交额 2,234,258 元（约 223.43 万元），技术交易额 1,800,000 元（180 万元）',
      );
      expect(await dialog.getByLabel('核定合同成交额（万元）').inputValue()).toBe('223.4258');
      expect(await dialog.getByLabel('核定技术交易额（万元）').inputValue()).toBe('180');
      expect(await dialog.getByTestId('wan-meaning').allInnerTexts()).toEqual(['即 2,234,258 元', '即 1,800,000 元']);
      // no contract text was uploaded: the registry is told before it certifies
      await dialog.getByTestId('attachments-missing').waitFor();
      await h.screenshot(page, `certify-amounts-${name}`);

      await submitDialog(page, '确认认定登记');
      await page.getByTestId('registration-no').waitFor();
      const certified = (await api(h.t, bureau).get(`/api/contracts/${contract.id}`).expect(200)).body;
      expect(certified.registration).toMatchObject({
        approvedContractAmountFen: '223425800',
        approvedTechAmountFen: '180000000',
      });
      await page.context().close();
    }, 90_000);
  }
});
