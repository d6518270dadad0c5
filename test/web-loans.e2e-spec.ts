import { addMember, createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { certifiedContract } from './factories/contract.factory.js';
import { PHONE, pickOption, startWebHarness, tableRow, type WebHarness } from './browser.js';
import { api } from './http.js';

/**
 * Issue 20 (成果转化贷款, 创新积分) in the browser: an enterprise authorises its bank, the bank
 * reads the enterprise's score and files a loan, the enterprise sees the loan and its score with
 * the inputs, the bank records a repayment, the bureau sees the filing and the figures; at
 * desktop and phone sizes.
 */
describe('web app: a bank files a loan, the enterprise sees it (e2e)', () => {
  let h: WebHarness;
  let staff: TestOrg, ent: TestOrg, bank: TestOrg, seller: TestOrg;

  beforeAll(async () => {
    h = await startWebHarness();
    [staff, ent, bank, seller] = await Promise.all([
      createBureauStaff(h.t, '371300', { admin: true }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '371302', name: '临沂智造装备有限公司' }),
      createOrgWithAdmin(h.t, {
        type: 'financial_institution',
        regionCode: '371300',
        name: '临沂农村商业银行兰山支行',
      }),
      createOrgWithAdmin(h.t, { type: 'university', regionCode: '371302', name: '临沂大学（测试）' }),
    ]);
    const registrar = (await addMember(h.t, staff, { roles: ['bureau_staff'] })) as TestOrg;
    // One certified 技术开发 contract with the enterprise as buyer: an input of its score.
    await certifiedContract(h.t, seller, ent, registrar, { title: '数控机床智能诊断技术开发合同' });
  }, 90_000);
  afterAll(async () => {
    await h?.close();
  });

  it('authorise → file → the enterprise sees the loan and its score; repayment; the bureau’s list and figures', async () => {
    // ── the enterprise authorises its bank (desktop) ──
    const e = await h.logIn(ent, '/loans');
    await e.getByTestId('grant-bank').click();
    const grant = e.getByRole('dialog');
    await pickOption(e, e.locator('#grant_bankOrgId'), `${bank.org.name}（临沂市）`);
    await h.screenshot(e, 'loans-grant');
    await grant.getByTestId('submit-grant').click();
    await tableRow(e, bank.org.name).filter({ hasText: '有效' }).waitFor();

    // ── the bank sees who authorised it, with the score, and files a loan (desktop) ──
    const b = await h.logIn(bank, '/loans');
    await b.getByRole('tab', { name: '授权企业' }).click();
    await tableRow(b, ent.org.name).getByTestId('view-score').click();
    await b.getByTestId('innovation-score').getByText('数据来源').first().waitFor();
    await h.screenshot(b, 'loans-bank-score');
    await b.keyboard.press('Escape');
    await b.getByRole('tab', { name: '贷款备案' }).click();
    await b.getByTestId('file-loan').click();
    const form = b.getByRole('dialog');
    await pickOption(b, b.locator('#loan_enterpriseOrgId'), `${ent.org.name}（兰山区）`);
    await form.locator('#loan_amountWan').fill('500');
    await form.locator('#loan_purpose').fill('支持企业实施数控机床智能诊断成果转化，建设示范产线');
    await form.getByText('专利质押').click();
    await pickOption(b, b.locator('#loan_contractIds'), /数控机床智能诊断技术开发合同/);
    await h.screenshot(b, 'loans-file');
    await form.getByTestId('submit-loan').click();
    await tableRow(b, ent.org.name)
      .filter({ hasText: '还款中' })
      .filter({ hasText: '合同：数控机床智能诊断技术开发合同' })
      .waitFor();

    // ── a repayment appended (phone) ──
    const bp = await h.logIn(bank, '/loans', PHONE);
    await bp.getByTestId('loan-row').filter({ hasText: ent.org.name }).getByTestId('add-repayment').click();
    const entry = bp.getByRole('dialog');
    await entry.locator('#entry_amountWan').fill('120.5');
    await h.screenshot(bp, 'loans-repayment-phone');
    await entry.getByTestId('submit-entry').click();
    await bp.getByTestId('loan-row').filter({ hasText: ent.org.name }).filter({ hasText: '120.5 万元' }).waitFor();
    await h.screenshot(bp, 'loans-bank-list-phone');

    // ── the enterprise sees its loan and its score with the inputs (phone) ──
    const ep = await h.logIn(ent, '/loans', PHONE);
    await ep.getByRole('tab', { name: '我的贷款' }).click();
    await ep.getByTestId('loan-row').filter({ hasText: bank.org.name }).filter({ hasText: '500 万元' }).waitFor();
    await h.screenshot(ep, 'loans-mine-phone');
    await ep.getByRole('tab', { name: '我的创新积分' }).click();
    const score = ep.getByTestId('innovation-score');
    await score.getByText('暂无数据来源').first().waitFor();
    const text = (await score.textContent()) ?? '';
    expect(text).toContain('作为买方认定登记的技术合同');
    expect(text).toContain('研发合作：技术开发合同');
    const own = (await api(h.t, ent).get(`/api/innovation-scores/${ent.org.id}`).expect(200)).body;
    expect(await ep.getByTestId('score-value').textContent()).toContain(String(own.score));
    await h.screenshot(ep, 'loans-score-phone');
    const ed = await h.logIn(ent, '/loans');
    await ed.getByRole('tab', { name: '我的创新积分' }).click();
    await ed.getByTestId('innovation-score').getByText('暂无数据来源').first().waitFor();
    await h.screenshot(ed, 'loans-score');

    // ── the bureau: the region's filings and figures (desktop) ──
    const bu = await h.logIn(staff, '/loans');
    await tableRow(bu, ent.org.name).filter({ hasText: bank.org.name }).waitFor();
    await h.screenshot(bu, 'loans-bureau');
    await bu.getByRole('tab', { name: '贷款统计' }).click();
    await tableRow(bu, '临沂市（合计）').filter({ hasText: '500 万元' }).waitFor();
    await tableRow(bu, '兰山区').filter({ hasText: '120.5 万元' }).waitFor();
    await h.screenshot(bu, 'loans-figures');
  }, 180_000);
});
