import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { JobRunner } from '../libs/shared/jobs/index.js';
import { createBureauStaff, createOrgWithAdmin, loginAs, type TestOrg } from './factories/identity.factory.js';
import { submittedContract } from './factories/contract.factory.js';
import { createListing, publishedListing, submitListing, untilSearch } from './factories/listing.factory.js';
import {
  buttonLabel,
  logInWithForm,
  PHONE,
  pickInCascader,
  startWebHarness,
  submitDialog,
  tableRow,
  type WebHarness,
} from './browser.js';
import { api } from './http.js';

/**
 * The acceptance flow of the market in one real browser against the real api, database and
 * Meilisearch: need → review → matches with reasons → deal from the match → signed → contract
 * → certification → the bureau dashboard and its XLSX export grow by the contract's amount.
 */
describe('web app: the market flow end to end in the browser (e2e)', () => {
  let h: WebHarness;
  let jobs: JobRunner;
  let bureau: TestOrg;
  let enterprise: TestOrg;
  let university: TestOrg;
  let broker: TestOrg;
  let pending: TestOrg;
  let rejectedContractId = '';
  const ACHIEVEMENT = '生物质硬碳负极材料低成本制备技术';
  const NEED = '储能电池用硬碳负极材料技术攻关';
  const CONTRACT_WAN = 123.45;
  const REJECTED_NEED = '秸秆还田机械化技术需求（资料不全）';
  const REJECTED_CONTRACT = '硬碳负极检测技术服务合同（待补正）';

  /**
   * A signed-in browser at `next`. The login form itself is exercised once (the enterprise) and
   * in web.e2e-spec.ts; the other users get a fresh token pair put where the app keeps it, which
   * saves a page load each.
   */
  async function logIn(who: TestOrg, next: string, viaForm = false): Promise<Page> {
    if (!viaForm) return h.logIn(who, next);
    const page = await h.newPage();
    await logInWithForm(page, who, next);
    return page;
  }

  async function pick(page: Page, fieldLabel: string, option: string): Promise<void> {
    await page.getByLabel(fieldLabel, { exact: true }).click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  }

  /**
   * Waits for `done` after an action in a dialog. On a loaded machine this can take a while; if
   * the API refuses, fail with the message the dialog shows, and if nothing happens at all, fail
   * with what the page shows (a screenshot is kept).
   */
  async function outcome(page: Page, what: string, done: () => Promise<unknown>, dialog: Locator): Promise<void> {
    const error = dialog.locator('.ant-alert-error');
    await Promise.race([
      done(),
      error.waitFor({ timeout: 30_000 }).then(async () => {
        throw new Error(`${what} failed in the browser: ${await error.textContent()}`);
      }),
    ]).catch(async (err: unknown) => {
      const shot = await h.screenshot(page, `${what}-failed`).catch(() => 'no screenshot');
      const shown = await page
        .locator('body')
        .innerText()
        .catch(() => '');
      throw new Error(
        `${err instanceof Error ? err.message : String(err)}\nurl: ${page.url()}\nscreenshot: ${shot}\npage text: ${shown.slice(0, 1500)}`,
      );
    });
  }

  /** The dashboard's 合同成交额 in 万元 as shown, once it equals `want`. */
  async function dashboardTotalIs(page: Page, want: number): Promise<number> {
    await page.waitForFunction((w) => {
      const el = document.querySelector('[data-testid="total-contract-amount"] .ant-statistic-content-value');
      return !!el && Math.abs(Number(el.textContent!.replace(/,/g, '')) - w) < 0.005;
    }, want);
    return Number(
      (await page.getByTestId('total-contract-amount').locator('.ant-statistic-content-value').textContent())!.replace(
        /,/g,
        '',
      ),
    );
  }

  async function apiTotalWan(period: string): Promise<number> {
    const res = await api(h.t, bureau)
      .get('/api/stats/summary', { region: '340600', period, perspective: 'absorption', groupBy: 'child-region' })
      .expect(200);
    return Number(res.body.total.contractAmountFen) / 1_000_000;
  }

  beforeAll(async () => {
    h = await startWebHarness();
    const { t } = h;
    jobs = t.app.get(JobRunner);
    [bureau, enterprise, university, broker, pending] = await Promise.all([
      // 淮北 reviews what its region posts (the default): the need goes through the bureau's review queue
      createBureauStaff(t, '340600'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', name: '淮北储能科技有限公司（流程测试）' }),
      createOrgWithAdmin(t, { type: 'university', regionCode: '340603', name: '淮北理工学院（流程测试）' }),
      createOrgWithAdmin(t, {
        type: 'broker_agency',
        regionCode: '340600',
        roles: ['broker'],
        name: '淮北技术转移中心（流程测试）',
      }),
      createOrgWithAdmin(t, {
        type: 'enterprise',
        regionCode: '340604',
        verified: false,
        name: '淮北待审核新材料有限公司',
      }),
    ]);
    await publishedListing(
      t,
      university,
      'achievements',
      {
        title: ACHIEVEMENT,
        description:
          '以农林废弃生物质为前驱体制备储能电池用硬碳负极材料，首次库伦效率 90% 以上，成本低于进口同类产品三成，适用于钠离子储能电池。',
        keywords: ['硬碳负极', '储能电池', '生物质'],
        trl: 7,
        transferModes: ['licence', 'transfer'],
        priceFen: 30_000_000,
      },
      { reviewer: bureau },
    );
    // a second need and a second contract that the bureau sends back, with reasons
    const need = await createListing(t, enterprise, 'needs', {
      title: REJECTED_NEED,
      description: '需要秸秆还田机械化技术。',
      techFieldCode: '09',
    });
    await submitListing(t, enterprise, 'needs', need);
    rejectedContractId = (
      await submittedContract(
        t,
        university,
        { name: '宿州市某材料检测有限公司', creditCode: '91341302MA2TXE012G', regionCode: '341302' },
        {
          title: REJECTED_CONTRACT,
          contractSubtypeCode: 'service.general',
          contractAmountFen: '5000000',
          techAmountFen: '5000000',
          signedOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
        },
      )
    ).id;
    await untilSearch(t, 'achievements', { q: '硬碳负极' }, (ids) => ids.length >= 1);
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it('need → review → matches → deal → signed → contract → certified → dashboard and XLSX grow by the amount', async () => {
    // ── 1. the enterprise posts a need; the form's errors show next to the fields, in words ──
    const ent = await logIn(enterprise, '/my/listings', true);
    await ent.getByTestId('new-listing').click();
    const form = ent.getByTestId('listing-form');
    await form.getByLabel('标题').fill('储');
    await ent.getByTestId('save-listing').click();
    const titleItem = form.locator('.ant-form-item').filter({ has: ent.getByLabel('标题') });
    await titleItem.locator('.ant-form-item-explain-error').waitFor();
    expect(await titleItem.locator('.ant-form-item-explain-error').textContent()).toBe('标题应为 2–200 个字');
    const fieldItem = form.locator('.ant-form-item').filter({ has: ent.getByLabel('技术领域', { exact: true }) });
    expect(await fieldItem.locator('.ant-form-item-explain-error').textContent()).toBe('请选择技术领域');
    expect(await ent.locator('body').textContent()).not.toContain('VALIDATION_FAILED');

    await form.getByLabel('标题').fill(NEED);
    await form
      .getByLabel('需求描述')
      .fill(
        '我公司建设钠离子储能电池产线，需要低成本硬碳负极材料的制备技术，要求首次库伦效率不低于 88%，可采用生物质前驱体，希望以技术许可方式合作。',
      );
    await pick(ent, '技术领域', '新材料');
    await form.getByLabel('预算上限（万元）').fill('600');
    // the amount a 万元 field means is spelled out under it (600 typed as 元 would show at once)
    expect(await form.getByTestId('wan-meaning').textContent()).toBe('即 6,000,000 元');
    await ent.getByLabel('合作方式').click();
    await ent.locator('.ant-select-dropdown:visible .ant-select-item-option[title="技术许可"]').click();
    // Close the dropdown by focusing another field: Escape would close the whole form dialog
    // when the dropdown has already closed (seen once under load: the need was never saved).
    await form.getByLabel('标题').click();
    await ent.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    await ent.getByTestId('save-listing').click();
    await tableRow(ent, NEED).getByText('草稿').waitFor();
    await tableRow(ent, NEED).getByRole('button', { name: '提交审核' }).click();
    await tableRow(ent, NEED).getByText('待审核').waitFor();

    // a user without the permission sees a 403 page, not a blank screen
    await ent.goto('/certification');
    await ent.getByText('没有访问权限').waitFor();

    // ── 2. the bureau verifies a pending organisation and publishes the need ──
    const bur = await logIn(bureau, '/review');
    await tableRow(bur, pending.org.name).getByTestId('verify-org').click();
    await bur.getByTestId('verify-org-confirm').click();
    await bur.getByText(`「${pending.org.name}」已通过认证`).waitFor();
    await tableRow(bur, pending.org.name).waitFor({ state: 'detached' });
    await bur.getByRole('tab', { name: '技术需求' }).click();
    await tableRow(bur, REJECTED_NEED)
      .getByRole('button', { name: buttonLabel('驳回') })
      .click();
    await bur.getByRole('dialog').getByLabel('理由（对方可见）').fill('需求描述过于简单，请补充技术指标');
    await submitDialog(bur, '确定');
    await tableRow(bur, REJECTED_NEED).waitFor({ state: 'detached' });
    await tableRow(bur, NEED).getByTestId('approve-listing').click();
    await bur.getByTestId('approve-listing-confirm').click();
    await bur.getByText(`「${NEED}」已发布`).waitFor();
    await jobs.drainUntilIdle();

    // ── 3. the enterprise sees the matching achievement with its explanation ──
    await ent.goto('/my/listings');
    await tableRow(ent, NEED).getByText('已发布').waitFor();
    await tableRow(ent, REJECTED_NEED).getByText('已驳回').waitFor();
    await ent.getByText('有信息被驳回').waitFor();
    await tableRow(ent, NEED).getByRole('button', { name: '查看匹配成果' }).click();
    await ent.waitForURL(/\/matches\/needs\/[0-9a-f-]{36}$/);
    const needId = /\/matches\/needs\/([0-9a-f-]{36})$/.exec(ent.url())![1]!;
    const card = ent.getByTestId('match-card').filter({ hasText: ACHIEVEMENT });
    await card.waitFor();
    const shared = await card.getByTestId('shared-term').allTextContents();
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.some((s) => /硬碳|负极|储能|生物质/.test(s))).toBe(true);
    const explanation = (await card.getByTestId('match-explanation').textContent()) ?? '';
    expect(explanation).toContain('同一技术领域');
    expect(explanation).toContain('技术成熟度 7 级');
    expect(explanation).toContain('报价在预算内');
    expect(explanation).toContain('同一城市');
    expect(await card.locator('em.hl').count()).toBeGreaterThan(0);
    await h.screenshot(ent, 'match-list');
    const phone = await h.newPage(PHONE);
    await phone.addInitScript(
      (session) => localStorage.setItem('techmarket.session', session),
      JSON.stringify(await loginAs(h.t, enterprise.user.email)),
    );
    await phone.goto(`/matches/needs/${needId}`);
    await phone.getByTestId('match-card').filter({ hasText: ACHIEVEMENT }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await h.screenshot(phone, 'match-list-phone');
    await phone.context().close();

    // ── 4. the broker opens a deal from that match ──
    const brk = await logIn(broker, `/matches/needs/${needId}`);
    const brokerCard = brk.getByTestId('match-card').filter({ hasText: ACHIEVEMENT });
    await brokerCard.getByTestId('open-deal').click();
    const dealDialog = brk.getByRole('dialog').filter({ hasText: '对接名称' });
    expect(await dealDialog.getByLabel('对接名称').inputValue()).toContain(NEED);
    await dealDialog.getByRole('button', { name: buttonLabel('发起') }).click();
    await outcome(brk, 'open-deal', () => brk.waitForURL(/\/deals\?deal=/, { timeout: 30_000 }), dealDialog);
    const dealId = new URL(brk.url()).searchParams.get('deal')!;
    await brk.getByTestId('deal-stage').filter({ hasText: '线索' }).waitFor();
    await brk.keyboard.press('Escape');

    // ── 5. both parties accept the invitation ──
    for (const party of [enterprise, university]) {
      const p = await logIn(party, `/deals?deal=${dealId}`);
      await p.getByTestId('accept-deal').click();
      await p.getByText('已接受邀请').first().waitFor();
      await p.context().close();
    }

    // ── 6. the broker moves the deal stage by stage to signed, with a note on the timeline ──
    await brk.goto('/deals');
    const stages = ['已联系', '已引荐', '洽谈中', '已签约'];
    for (const s of stages) {
      const dealCard = brk.getByTestId('deal-card').filter({ hasText: NEED });
      await dealCard.getByRole('button', { name: `推进到「${s}」` }).click();
      // every move asks first (signing, which is final, in words of its own)
      await brk.getByTestId(s === '已签约' ? 'confirm-signed' : 'confirm-move').click();
      await brk
        .getByTestId(`column-${['contacted', 'introduced', 'negotiating', 'signed'][stages.indexOf(s)]}`)
        .getByTestId('deal-card')
        .filter({ hasText: NEED })
        .waitFor();
    }
    expect(await brk.getByTestId('column-signed').getByTestId('deal-card').count()).toBe(1);
    await brk.getByTestId('column-signed').getByTestId('deal-title').click();
    await brk.getByLabel('记录进展').fill('双方已签订普通许可合同，卖方负责登记。');
    await brk.getByTestId('add-note').click();
    await brk.getByTestId('deal-timeline').getByText('双方已签订普通许可合同，卖方负责登记。').waitFor();
    expect(await brk.getByTestId('deal-timeline').getByText('洽谈中 → 已签约').count()).toBe(1);
    await brk.goto('/deals');
    await brk.getByTestId('column-signed').getByTestId('deal-card').waitFor();
    await h.screenshot(brk, 'deal-board');

    // ── 7. the seller registers the contract from the deal and submits it ──
    const uni = await logIn(university, `/deals?deal=${dealId}`);
    await uni.getByTestId('register-contract').click();
    await uni.waitForURL(/\/contracts\?dealId=/);
    const cform = uni.getByTestId('contract-form');
    await cform.waitFor();
    expect(await cform.getByLabel('买方名称').inputValue()).toBe(enterprise.org.name);
    await pickInCascader(uni, cform.getByLabel('合同类型'), ['技术许可', '普通许可']);
    await pick(uni, '技术领域', '新材料');
    await cform.getByLabel('合同成交额（万元）').fill(String(CONTRACT_WAN));
    await cform.getByLabel('技术交易额（万元）').fill('100');
    await uni.getByTestId('save-contract').click();
    const contractRow = tableRow(uni, NEED);
    await contractRow.getByText('草稿').waitFor();
    expect(await contractRow.textContent()).toContain('123.45 万元');
    await contractRow.getByTestId('submit-contract').click();
    await uni
      .locator('.ant-popconfirm')
      .getByRole('button', { name: buttonLabel('提交') })
      .click();
    await contractRow.getByText('待登记').waitFor();
    await h.screenshot(uni, 'my-contracts');

    // ── 8. the bureau certifies it; the dashboard total for the region and quarter grows ──
    const period = await bur.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
    });
    const before = await apiTotalWan(period);
    await bur.goto('/dashboard');
    expect(await dashboardTotalIs(bur, before)).toBeCloseTo(before, 2);

    await bur.goto('/certification');
    await tableRow(bur, REJECTED_CONTRACT).waitFor();
    await h.screenshot(bur, 'certification-queue');
    await tableRow(bur, REJECTED_CONTRACT).getByRole('button', { name: '不予登记' }).click();
    const rejectDialog = bur.getByRole('dialog', { name: '不予登记' });
    await rejectDialog.getByLabel('理由').click();
    await bur.locator('.ant-select-dropdown:visible .ant-select-item-option[title="合同主要条款不完整"]').click();
    await rejectDialog.getByLabel('说明').fill('缺少技术服务的验收标准');
    await rejectDialog.getByRole('button', { name: '不予登记' }).click();
    await tableRow(bur, REJECTED_CONTRACT).waitFor({ state: 'detached' });
    const rejected = await api(h.t, university).get(`/api/contracts/${rejectedContractId}`).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.rejection.reasonCode).toBe('incomplete_content');
    // the seller reads the reason in words, not its code
    await uni.goto('/contracts');
    await tableRow(uni, REJECTED_CONTRACT).getByTestId('contract-status').hover();
    await uni.getByText('不予登记：合同主要条款不完整；缺少技术服务的验收标准').waitFor();
    expect(await uni.locator('body').textContent()).not.toContain('incomplete_content');

    await tableRow(bur, NEED).getByTestId('certify-contract').click();
    const dialog = bur.getByRole('dialog');
    expect(await dialog.getByLabel('核定合同成交额（万元）').inputValue()).toBe('123.45');
    await dialog.getByRole('button', { name: '认定登记' }).click();
    await outcome(bur, 'certify', () => bur.getByTestId('registration-no').waitFor({ timeout: 30_000 }), dialog);
    expect((await bur.getByTestId('registration-no').textContent())!.trim()).toMatch(/\S{6,}/);
    await jobs.drainUntilIdle();

    await bur.goto('/dashboard');
    const after = await dashboardTotalIs(bur, before + CONTRACT_WAN);
    expect(after).toBeCloseTo(before + CONTRACT_WAN, 2);
    expect(await apiTotalWan(period)).toBeCloseTo(before + CONTRACT_WAN, 2);
    await bur.locator('[data-testid="chart-trend"][data-drawn="true"]').waitFor();
    await h.screenshot(bur, 'flow-bureau-dashboard');

    // ── 9. the XLSX export downloads and opens with that total ──
    const [download] = await Promise.all([bur.waitForEvent('download'), bur.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheet = book.worksheets[0]!;
    let totalCell: unknown;
    sheet.eachRow((r) => {
      if (String(r.getCell(1).value ?? '').trim() === '合计') totalCell = r.getCell(3).value;
    });
    expect(totalCell).toBeDefined();
    expect(Number(totalCell)).toBeCloseTo(before + CONTRACT_WAN, 2);

    // …and the contract list of the period (every ledger row, rendered in the export worker) has the contract
    const [list] = await Promise.all([bur.waitForEvent('download'), bur.getByTestId('export-contracts').click()]);
    expect(list.suggestedFilename()).toMatch(/技术合同明细.*\.xlsx$/);
    const listBook = new ExcelJS.Workbook();
    await listBook.xlsx.readFile(await list.path());
    const rows: unknown[][] = [];
    listBook.worksheets[0]!.eachRow((r) => rows.push(r.values as unknown[]));
    const mine = rows.find((r) => r.includes(NEED) || r.some((v) => typeof v === 'string' && v.includes('硬碳')));
    expect(mine).toBeDefined();
    expect(mine).toContain(CONTRACT_WAN);

    // the home page, with the published need among the newest listings
    const home = await h.newPage();
    await home.goto('/');
    await home.getByRole('heading', { name: '网上技术市场' }).waitFor();
    await home.evaluate(() => document.fonts.ready);
    await h.screenshot(home, 'flow-home');
  }, 180_000);
});
