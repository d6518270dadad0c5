import type { Locator, Page } from 'playwright-core';
import { certifyContract, createContract, submittedContract } from './factories/contract.factory.js';
import { openDeal } from './factories/deal.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { PHONE, startWebHarness, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Contract follow-up screens in a real browser against the real api: the broker's commission
 * terms in the deal drawer, a registry's amendment of a certified contract (the history shows it
 * in 万元 and the certified record stays), and a university's 协议定价公示 with an objection
 * filed from the public list and read back by the seller.
 */
describe('web app: commission, contract amendments and price publication (e2e)', () => {
  let h: WebHarness;
  let bureau: TestOrg;
  let broker: TestOrg;
  let enterprise: TestOrg;
  let university: TestOrg;
  const PUBLISHED_TITLE = '秸秆生物质硬碳负极制备技术普通许可合同（公示测试）';
  const SUZHOU_BUYER = { name: '宿州市新能源装备有限公司', creditCode: '91341302MA2TXE012G', regionCode: '341302' };
  const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

  /** The error antd shows under the form item labelled `label` (inside `scope`, on `page`). */
  const fieldError = (page: Page, scope: Locator, label: string): Locator =>
    scope
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .locator('.ant-form-item-explain-error');

  /** Until antd's open animations (dialogs, drawers) are over: a click during one can be lost. */
  const settled = (page: Page) =>
    page.waitForFunction(() => !document.querySelector('[class*="-appear-active"], [class*="-enter-active"]'));

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    [bureau, broker, enterprise, university] = await Promise.all([
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, {
        type: 'broker_agency',
        regionCode: '340600',
        roles: ['broker'],
        name: '淮北技术转移中心（合同测试）',
      }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '淮北储能材料有限公司（合同测试）' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（合同测试）' }),
    ]);
  }, 90_000);

  afterAll(async () => {
    await h?.close();
  });

  it('the broker edits the commission terms in the deal drawer; the API’s field errors show next to the fields', async () => {
    const { id: dealId } = await openDeal(
      h.t,
      broker,
      { seller: university, buyer: enterprise },
      { title: '硬碳负极材料技术对接（佣金测试）', commission: { percent: 3, basis: 'contract_amount' } },
    );
    const brk = await h.logIn(broker, `/deals?deal=${dealId}`);
    const terms = brk.getByTestId('commission-terms');
    await terms.waitFor();
    expect(await terms.textContent()).toContain('合同成交额的 3%');

    await brk.getByTestId('edit-commission').click();
    const form = brk.getByTestId('commission-form');
    await form.getByLabel('佣金比例（%）').fill('120');
    await brk.getByTestId('save-commission').click();
    await fieldError(brk, form, '佣金比例（%）').waitFor();
    expect(await fieldError(brk, form, '佣金比例（%）').textContent()).toBe('不能大于 100');

    await form.getByLabel('佣金比例（%）').fill('5');
    await form.getByLabel('计算基数', { exact: true }).click();
    await brk.locator('.ant-select-dropdown:visible .ant-select-item-option[title="技术交易额"]').click();
    await form.getByLabel('固定佣金（万元）').fill('0.5');
    await form.getByLabel('约定说明').fill('签约后 30 日内由买方支付');
    await brk.getByTestId('save-commission').click();
    await brk.getByTestId('commission-terms').filter({ hasText: '技术交易额的 5%' }).waitFor();
    expect(await brk.getByTestId('commission-terms').textContent()).toContain('0.5 万元');
    await brk.getByTestId('deal-timeline').getByText('修改佣金条款').waitFor();

    const deal = await api(h.t, broker).get(`/api/deals/${dealId}`).expect(200);
    expect(deal.body.commission).toEqual({
      percent: '5.00',
      fixedFen: '500000',
      basis: 'tech_amount',
      note: '签约后 30 日内由买方支付',
    });

    // a party sees the terms but cannot change them
    const ent = await h.logIn(enterprise, `/deals?deal=${dealId}`);
    await ent.getByTestId('commission-terms').filter({ hasText: '技术交易额的 5%' }).waitFor();
    expect(await ent.getByTestId('edit-commission').count()).toBe(0);
    await ent.context().close();
    await brk.context().close();
  }, 90_000);

  it('a registry amends, then cancels, a certified contract: new records in the history, amounts in 万元, the certified record unchanged', async () => {
    // Certified by the 淮北 registry: declared 200/150 万元, approved 180/120 万元.
    const submitted = await submittedContract(h.t, enterprise, SUZHOU_BUYER, {
      title: '储能电池管理系统技术服务合同（变更测试）',
      contractSubtypeCode: 'service.general',
      techFieldCode: '06',
      contractAmountFen: '200000000',
      techAmountFen: '150000000',
      signedOn: yesterday(),
    });
    const { id: certifiedId } = await certifyContract(h.t, bureau, submitted, {
      approvedContractAmountFen: '180000000',
      approvedTechAmountFen: '120000000',
    });
    const bur = await h.logIn(bureau, `/certification?tab=certified&contract=${certifiedId}`);
    const detail = bur.getByTestId('contract-detail');
    await detail.waitFor();
    const amounts = detail.getByTestId('contract-amounts');
    expect(await amounts.locator('tr').filter({ hasText: '申报' }).textContent()).toContain('200 万元');
    expect(await amounts.locator('tr').filter({ hasText: '核定' }).textContent()).toContain('180 万元');
    const registrationNo = ((await detail.getByTestId('contract-registration-no').textContent()) ?? '').trim();
    expect(registrationNo).toMatch(/\S{6,}/);

    await detail.getByTestId('amend-contract').click();
    const dialog = bur.getByRole('dialog', { name: '变更登记' });
    expect(await dialog.getByLabel('变更后合同成交额（万元）').inputValue()).toBe('180');
    await dialog.getByLabel('变更后合同成交额（万元）').fill('150');
    await dialog.getByLabel('变更后技术交易额（万元）').fill('100');
    await dialog.getByLabel('变更理由').fill('双方签订补充协议，服务内容调减');
    await bur.getByTestId('adjustment-next').click();
    const confirm = bur.getByTestId('adjustment-confirm');
    await confirm.waitFor();
    await settled(bur);
    const confirmText = (await confirm.textContent()) ?? '';
    expect(confirmText).toContain(`原认定登记（登记号 ${registrationNo}`);
    expect(confirmText).toContain('仍为“已登记”');
    expect(confirmText).toContain('将新增一条变更记录');
    expect(confirmText).toContain('180 万元 → 150 万元');
    await bur.getByTestId('confirm-adjustment').click();

    const amendment = detail.getByTestId('contract-history').getByTestId('adjustment');
    await amendment.waitFor();
    const text = (await amendment.textContent()) ?? '';
    expect(text).toContain('变更登记');
    expect(text).toContain('合同成交额 180 万元 → 150 万元（-30 万元）');
    expect(text).toContain('技术交易额 120 万元 → 100 万元（-20 万元）');
    expect(text).toContain('双方签订补充协议，服务内容调减');
    await amounts.locator('tr').filter({ hasText: '现行' }).filter({ hasText: '150 万元' }).waitFor();
    expect(await amounts.locator('tr').filter({ hasText: '核定' }).textContent()).toContain('180 万元');
    expect(await detail.getByTestId('contract-detail-status').textContent()).toBe('已登记');

    const after = await api(h.t, bureau).get(`/api/contracts/${certifiedId}`).expect(200);
    expect(after.body.registration).toMatchObject({
      registrationNo,
      approvedContractAmountFen: '180000000',
      currentContractAmountFen: '150000000',
      currentTechAmountFen: '100000000',
      cancelled: false,
    });
    expect(after.body.adjustments).toEqual([
      expect.objectContaining({
        kind: 'amendment',
        contractAmountDeltaFen: '-30000000',
        techAmountDeltaFen: '-20000000',
      }),
    ]);

    // the same drawer at phone width: no sideways scrolling
    const phone = await h.logIn(bureau, `/certification?tab=certified&contract=${certifiedId}`, PHONE);
    await phone.getByTestId('contract-history').getByTestId('adjustment').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'contract-detail-phone');
    await phone.context().close();

    // by now the success message has gone and does not cover the drawer's title
    await bur.locator('.ant-message-notice').waitFor({ state: 'detached' });
    await h.screenshot(bur, 'contract-detail');

    // 解除/注销: again a new record; the registration keeps its number and approved figures
    await detail.getByTestId('cancel-contract').click();
    const cancelDialog = bur.getByRole('dialog', { name: '解除/注销登记' });
    await cancelDialog.getByLabel('解除/注销理由').fill('双方协商一致解除合同');
    await bur.getByTestId('adjustment-next').click();
    await bur.getByTestId('adjustment-confirm').filter({ hasText: '将新增一条解除/注销记录' }).waitFor();
    await settled(bur);
    await bur.getByTestId('confirm-adjustment').click();
    await detail.getByTestId('contract-history').getByTestId('adjustment').filter({ hasText: '解除/注销' }).waitFor();
    expect(await detail.getByTestId('contract-history').getByTestId('adjustment').nth(1).textContent()).toContain(
      '冲减合同成交额 150 万元、技术交易额 100 万元，合同数 -1',
    );
    expect(await detail.getByTestId('amend-contract').count()).toBe(0);
    expect(await detail.getByTestId('contract-detail-status').textContent()).toBe('已登记');
    await bur.context().close();

    // The seller's list shows what counts now, with the declared figure under it, and says the
    // registration was cancelled; every column is in view in a 1440-wide window.
    const seller = await h.logIn(enterprise, '/contracts');
    const row = seller.getByTestId('my-contract').filter({ hasText: '储能电池管理系统技术服务合同（变更测试）' });
    await row.waitFor();
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('已解除/注销');
    expect(rowText).toContain('0 万元申报 200 万元');
    expect(rowText).toContain('0 万元申报 150 万元');
    expect(
      await seller.evaluate(() => {
        const body = document.querySelector('.ant-table-body, .ant-table-content');
        return body ? body.scrollWidth - body.clientWidth : 0;
      }),
    ).toBeLessThanOrEqual(1);
    await h.screenshot(seller, 'contracts-list-cancelled');
    await seller.context().close();
  }, 120_000);

  it('the seller starts a price publication; a signed-in user objects on the public list; the seller reads the objection', async () => {
    // A university's negotiated-price licence, still a draft: it must be published first.
    const { id: publishedId } = await createContract(h.t, university, enterprise, {
      title: PUBLISHED_TITLE,
      contractSubtypeCode: 'licence.non_exclusive',
      contractAmountFen: '80000000',
      techAmountFen: '80000000',
      signedOn: yesterday(),
      negotiatedPrice: true,
    });
    const uni = await h.logIn(university, `/contracts?contract=${publishedId}`);
    const section = uni.getByTestId('price-publication');
    await section.getByTestId('start-publication').click();
    const dialog = uni.getByRole('dialog', { name: '发起协议定价公示' });
    expect(await dialog.getByLabel('公示天数').inputValue()).toBe('15');
    await settled(uni);
    await uni.getByTestId('publish-price').click();
    const period = section.getByTestId('publication-period');
    await period.waitFor();
    const detail = await api(h.t, university).get(`/api/contracts/${publishedId}`).expect(200);
    const pub = detail.body.pricePublication as { id: string; startOn: string; endOn: string };
    const [y, m, d] = pub.startOn.split('-').map(Number);
    expect(await period.textContent()).toBe(
      `${y}年${m}月${d}日 至 ${(() => {
        const last = new Date(Date.UTC(y!, m! - 1, d! + 14));
        return `${last.getUTCFullYear()}年${last.getUTCMonth() + 1}月${last.getUTCDate()}日`;
      })()}（15 日）`,
    );
    expect(await section.getByTestId('start-publication').count()).toBe(0);

    const ent = await h.logIn(enterprise, '/publications');
    const row = ent.locator('.ant-table-row').filter({ hasText: PUBLISHED_TITLE });
    await row.getByTestId('raise-objection').click();
    const objection = ent.getByRole('dialog', { name: '对公示提出异议' });
    await settled(ent);
    await ent.getByTestId('submit-objection').click();
    await fieldError(ent, objection, '异议内容').waitFor();
    expect(await fieldError(ent, objection, '异议内容').textContent()).toBe('请填写异议内容');
    await objection.getByLabel('提出人（单位或姓名）').fill('淮北储能材料有限公司');
    await objection.getByLabel('异议内容').fill('许可使用费明显低于同类技术，请说明作价依据');
    await ent.getByTestId('submit-objection').click();
    await ent.getByText('异议已提交').waitFor();
    await row.locator('td').filter({ hasText: /^1$/ }).waitFor();
    await ent.context().close();

    await uni.reload();
    const objections = uni.getByTestId('objections');
    await objections.getByText('许可使用费明显低于同类技术，请说明作价依据').waitFor();
    expect(await objections.textContent()).toContain('淮北储能材料有限公司');
    await uni.context().close();
  }, 90_000);
});
