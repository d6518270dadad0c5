import type { Page } from 'playwright-core';
import { createContract, submitContract } from './factories/contract.factory.js';
import { createBureauStaff, createOrgWithAdmin, type TestOrg } from './factories/identity.factory.js';
import { buttonLabel, PHONE, startWebHarness, tableRow, type WebHarness } from './browser.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(30 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256)]);

/**
 * Issue 18, point 10 in the browser: the seller uploads the signed contract as a PDF in the
 * contract form (a renamed program is refused with a Chinese reason), and after submission the
 * registry officer sees and downloads it in the 认定登记 dialog. Desktop and phone screenshots.
 */
describe('web app: contract attachments from the seller’s form to the registry’s dialog (e2e)', () => {
  let h: WebHarness;
  let seller: TestOrg, buyer: TestOrg, bureau: TestOrg;
  const TITLE = '硅碳负极材料中试技术开发合同（附件测试）';
  const FILE = '技术开发合同（签字盖章版）.pdf';

  beforeAll(async () => {
    h = await startWebHarness();
    [seller, buyer, bureau] = await Promise.all([
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '340602', name: '淮北硅碳新材料有限公司（附件测试）' }),
      createOrgWithAdmin(h.t, { type: 'enterprise', regionCode: '341623' }),
      createBureauStaff(h.t, '340600'),
    ]);
  }, 90_000);
  afterAll(async () => {
    await h?.close();
  });

  const attachmentRow = (page: Page, name: string) => page.getByTestId('attachment-row').filter({ hasText: name });

  it('the seller uploads a PDF in the contract form; the officer sees and downloads it in the certification dialog', async () => {
    const contract = await createContract(h.t, seller, buyer, { title: TITLE });

    // ── the seller: 修改 → 附件 → 上传 ──
    const sel = await h.logIn(seller, '/contracts');
    await tableRow(sel, TITLE)
      .getByRole('button', { name: buttonLabel('修改') })
      .click();
    const section = sel.getByTestId('contract-attachments');
    await section.waitFor();
    const limits = await section.getByTestId('attachment-limits').textContent();
    expect(limits).toContain('支持 PDF、PNG、JPEG，单个不超过 20 MB，每份合同最多 20 个');
    const input = section.locator('input[type=file]');
    await input.setInputFiles({ name: '合同扫描件.pdf', mimeType: 'application/pdf', buffer: EXE });
    await section.getByTestId('attachment-error').waitFor();
    expect(await section.getByTestId('attachment-error').textContent()).toContain('只能上传 PDF、PNG、JPEG 文件');
    await input.setInputFiles({ name: FILE, mimeType: 'application/pdf', buffer: PDF });
    const row = attachmentRow(sel, FILE);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('PDF 文档');
    expect(text).toContain(`${(PDF.length / 1024).toFixed(1)} KB`);
    expect(text).toMatch(new RegExp(`上传人 测试用户\\S*（${seller.org.name.replace(/[()（）]/g, '.')}）`));
    expect(await section.getByTestId('attachment-row').count()).toBe(1);
    await row.scrollIntoViewIfNeeded();
    await h.screenshot(sel, 'contract-attachments-form');

    // On a phone the same list in the contract's detail.
    const phone = await h.logIn(seller, `/contracts?contract=${contract.id}`, PHONE);
    await attachmentRow(phone, FILE).waitFor();
    await attachmentRow(phone, FILE).scrollIntoViewIfNeeded();
    await h.screenshot(phone, 'contract-attachments-detail-phone');

    await submitContract(h.t, seller, contract);

    // ── the registry officer: 认定登记 dialog → 附件 → 下载 ──
    for (const [viewport, shot] of [
      [undefined, 'certification-attachments'],
      [PHONE, 'certification-attachments-phone'],
    ] as const) {
      const off = await h.logIn(bureau, '/certification', viewport);
      await off.getByTestId('queue-contract').filter({ hasText: TITLE }).getByTestId('certify-contract').click();
      const dialog = off.getByRole('dialog', { name: '认定登记' });
      const attached = dialog.getByTestId('attachment-row').filter({ hasText: FILE });
      await attached.waitFor();
      expect(await dialog.getByTestId('attachment-limits').textContent()).toContain('审查期间和登记后不能修改');
      expect(await dialog.getByTestId('delete-attachment').count()).toBe(0);
      expect(await dialog.getByTestId('upload-attachment').count()).toBe(0);
      const [file] = await Promise.all([
        off.waitForEvent('download'),
        attached.getByTestId('download-attachment').click(),
      ]);
      expect(file.suggestedFilename()).toBe(FILE);
      const chunks: Buffer[] = [];
      for await (const chunk of (await file.createReadStream())!) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).equals(PDF)).toBe(true);
      await h.screenshot(off, shot);
    }
  }, 180_000);
});
