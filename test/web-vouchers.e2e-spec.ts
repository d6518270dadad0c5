import type { Page } from 'playwright-core';
import { certifiedContract } from './factories/contract.factory.js';
import { addMember, createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { dayOffset, registerSme } from './factories/voucher-world.factory.js';
import { PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Issue 20 in the browser: an enterprise applies for an innovation voucher (创新券), the bureau
 * approves it, the enterprise asks for redemption with its certified contract, the bureau
 * redeems it and the budget ledger shows the entries; at desktop and phone sizes.
 */
describe('web app: innovation vouchers from application to redemption (e2e)', () => {
  let h: WebHarness;
  let admin: TestOrg, staff: TestOrg, sme: TestOrg, provider: TestOrg;
  const PROGRAMME = '2026年淮北市科技创新券（浏览器测试）';

  const pick = async (page: Page, fieldId: string, option: string) => {
    await page.locator(`#${fieldId}`).click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  };

  beforeAll(async () => {
    h = await startWebHarness();
    [admin, sme, provider] = await Promise.all([
      createBureauStaff(h.t, '340600', { admin: true }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北锂能新材料有限公司' }),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '340603', name: '淮北师范大学（测试）' }),
    ]);
    staff = (await addMember(h.t, admin, { roles: ['bureau_staff'] })) as TestOrg;
    await registerSme(h.t, staff, sme);
    await api(h.t, admin)
      .post('/api/voucher-programmes', {
        name: PROGRAMME,
        budgetFen: '500000000',
        opensOn: dayOffset(-10),
        closesOn: dayOffset(60),
        eligibleKinds: ['tech_sme'],
        categories: ['tech_transfer', 'testing', 'training', 'instrument_sharing'],
        subsidyPercent: 50,
        capPerEnterpriseFen: '20000000',
        reservationDays: 90,
        outsideProviders: false,
        acceptedRegionCodes: ['320300'],
        providerOrgIds: [provider.org.id],
      })
      .expect(201);
  }, 90_000);
  afterAll(async () => {
    await h?.close();
  });

  it('apply → approve → redeem, each step on the page of the one who takes it', async () => {
    // ── the enterprise applies (desktop) ──
    const ent = await h.logIn(sme, '/vouchers');
    await tableRow(ent, PROGRAMME).getByTestId('apply-voucher').click();
    const dialog = ent.getByRole('dialog');
    await dialog.waitFor();
    await pick(ent, 'apply_category', '检验检测');
    await pick(ent, 'apply_providerOrgId', `${provider.org.name}（相山区）`);
    await dialog.locator('#apply_plannedWan').fill('20');
    await dialog.locator('#apply_purpose').fill('委托检测锂电池正极材料的循环寿命和倍率性能');
    expect(await dialog.textContent()).toContain('按 50% 计，申请补助约 10 万元');
    await h.screenshot(ent, 'vouchers-apply');
    await dialog.getByTestId('submit-application').click();
    await tableRow(ent, '检验检测').filter({ hasText: '待审核' }).waitFor();
    await h.screenshot(ent, 'vouchers-mine-applied');

    // ── the bureau approves (desktop) ──
    const bur = await h.logIn(staff, '/vouchers');
    // the tab and the menu say one application waits, and stop saying so once it is approved
    await bur.locator('[data-testid="waiting-applications"][data-count="1"]').waitFor();
    await bur.locator('[data-testid="menu-waiting-vouchers"][data-count="1"]').waitFor();
    await tableRow(bur, sme.org.name).getByTestId('approve-voucher').click();
    const approve = bur.getByRole('dialog');
    expect(await approve.locator('#approve_amountWan').inputValue()).toBe('10');
    await h.screenshot(bur, 'vouchers-approve');
    await approve.getByTestId('confirm-approve').click();
    await approve.waitFor({ state: 'hidden' });
    await bur.getByTestId('waiting-applications').waitFor({ state: 'detached' });
    await bur.getByTestId('menu-waiting-vouchers').waitFor({ state: 'detached' });

    // ── the service, bought under a contract the registry certified ──
    await certifiedContract(h.t, provider, sme, staff, {
      title: '锂电池正极材料检测服务合同',
      contractAmountFen: '16000000',
    });

    // ── the enterprise asks for redemption (phone) ──
    const phone = await h.logIn(sme, '/vouchers', PHONE);
    await phone.getByRole('tab', { name: '我的创新券' }).click();
    await tableRow(phone, '检验检测').getByTestId('request-redemption').click();
    const redemption = phone.getByRole('dialog');
    await pick(phone, 'redemption_contractId', '锂电池正极材料检测服务合同（16 万元）');
    await h.screenshot(phone, 'vouchers-redemption-phone');
    await redemption.getByTestId('submit-redemption').click();
    await tableRow(phone, '检验检测').filter({ hasText: '兑付审核中' }).waitFor();

    // ── the bureau redeems (phone), then reads the ledger (desktop) ──
    const burPhone = await h.logIn(staff, '/vouchers', PHONE);
    await burPhone.locator('[data-testid="waiting-redemptions"][data-count="1"]').waitFor();
    // all four tabs with their counts in view: none behind the tab bar's "…"
    expect(await burPhone.locator('.ant-tabs-nav-operations-hidden').count()).toBe(1);
    await h.screenshot(burPhone, 'vouchers-waiting-phone');
    await burPhone.getByRole('tab', { name: '兑付审核' }).click();
    await tableRow(burPhone, sme.org.name).getByTestId('redeem-voucher').click();
    await burPhone.getByText('没有待兑付的申请').waitFor();
    await burPhone.getByTestId('waiting-redemptions').waitFor({ state: 'detached' });
    // the empty queue's words fit the phone: nothing to scroll sideways for
    expect(await burPhone.getByText('企业提交后会出现在这里。').first().isVisible()).toBe(true);
    expect(await burPhone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const hint = await burPhone.getByText('没有待兑付的申请').boundingBox();
    expect(hint!.x + hint!.width).toBeLessThanOrEqual(390);
    await h.screenshot(burPhone, 'vouchers-redeemed-phone');

    const ledger = await h.logIn(staff, '/vouchers');
    await ledger.getByRole('tab', { name: '预算台账' }).click();
    const totals = ledger.getByTestId('ledger-totals');
    await totals.getByText('与逐笔记录一致').waitFor();
    const text = (await totals.textContent()) ?? '';
    expect(text).toContain('预算500 万元');
    expect(text).toContain('已兑付8 万元');
    expect(text).toContain('可用492 万元');
    await tableRow(ledger, '兑付').first().waitFor();
    await h.screenshot(ledger, 'vouchers-ledger');

    // ── the provider sees the voucher naming it ──
    const prov = await h.logIn(provider, '/vouchers', PHONE);
    await tableRow(prov, sme.org.name).filter({ hasText: '已兑付' }).waitFor();
    await h.screenshot(prov, 'vouchers-provider-phone');
  }, 180_000);
});
