import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { registryWorld, type RegistryWorld } from './factories/registry-world.factory.js';
import {
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  type TestOrg,
} from './factories/identity.factory.js';
import { api, binary, idempotencyKey, refused } from './http.js';
import type { TestApp } from './test-app.js';

const MB = 1024 * 1024;
const pdf = (text = '合同正文') => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(text)]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);
// The first bytes of a Windows program (MZ header), renamed to look like a PDF.
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), Buffer.alloc(64)]);

/**
 * Issue 18, point 10: the contract text and annexes. Type by magic bytes, size and count limits
 * (ATTACHMENT_MAX_MB=1 and ATTACHMENT_MAX_PER_CONTRACT=3 here), names, frozen from submission,
 * read by the parties and the certifying registry only; no file without its row or row without its file.
 */
describe('contract attachments (e2e)', () => {
  let t: TestApp, ds: DataSource, w: RegistryWorld;
  let storage: string;
  let lixin: TestOrg, stranger: TestOrg, platform: TestOrg;
  beforeAll(async () => {
    storage = mkdtempSync(join(tmpdir(), 'tm-attach-'));
    w = await registryWorld({ STORAGE_DIR: storage, ATTACHMENT_MAX_MB: '1', ATTACHMENT_MAX_PER_CONTRACT: '3' });
    ({ t, ds } = w);
    [lixin, stranger, platform] = await Promise.all([
      createBureauStaff(t, '341623'),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
      createPlatformAdmin(t),
    ]);
  });
  afterAll(async () => {
    await t.close();
    rmSync(storage, { recursive: true, force: true });
  });

  const upload = (who: TestOrg, contractId: string, file: Buffer, name: string, contentType = 'application/pdf') =>
    api(t, who).post(`/api/contracts/${contractId}/attachments`).attach('file', file, { filename: name, contentType });
  const download = (who: TestOrg, contractId: string, id: string) =>
    api(t, who).get(`/api/contracts/${contractId}/attachments/${id}`).buffer(true).parse(binary);
  /** Every stored file has its row and every row its file. */
  const expectFilesMatchRows = async () => {
    const dir = join(storage, 'contract-attachments');
    const files = readdirSync(dir).filter((f) => f !== '.partial');
    const rows: { file_key: string }[] = await ds.query(`SELECT file_key FROM contract_attachment`);
    expect(files.sort()).toEqual(rows.map((r) => r.file_key).sort());
    expect(readdirSync(join(dir, '.partial'))).toEqual([]);
  };

  it('tells the type from the bytes: PDF, PNG and JPEG taken, a renamed .exe refused, nothing kept of it', async () => {
    const c = await w.create(w.seller);
    const taken = await upload(w.seller, c.id, pdf(), '技术开发合同（盖章版）.pdf').expect(201);
    expect(taken.body).toMatchObject({
      name: '技术开发合同（盖章版）.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf().length,
      uploadedBy: { userId: w.seller.user.id, orgName: w.seller.org.name },
    });
    // A PNG sent as "application/pdf" named .pdf is a PNG; a JPEG sent as octet-stream is a JPEG.
    const png = await upload(w.seller, c.id, PNG, '扫描件.pdf').expect(201);
    expect(png.body.mediaType).toBe('image/png');
    const jpeg = await upload(w.seller, c.id, JPEG, '现场照片', 'application/octet-stream').expect(201);
    expect(jpeg.body.mediaType).toBe('image/jpeg');

    const other = await w.create(w.seller);
    const exe = await refused(upload(w.seller, other.id, EXE, '合同.pdf'), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    expect(exe.body.message).toMatch(/PDF/);
    await refused(
      upload(w.seller, other.id, Buffer.from('just text'), '说明.txt', 'text/plain'),
      415,
      'ATTACHMENT_TYPE_NOT_ALLOWED',
    );
    await refused(upload(w.seller, other.id, Buffer.alloc(0), '空.pdf'), 415, 'ATTACHMENT_TYPE_NOT_ALLOWED');
    const list = await api(t, w.seller).get(`/api/contracts/${other.id}/attachments`).expect(200);
    expect(list.body).toMatchObject({ items: [], maxBytes: MB, maxPerContract: 3 });
    await expectFilesMatchRows();
  });

  it('refuses a file past ATTACHMENT_MAX_MB with 413 whether its length is declared or streamed', async () => {
    const c = await w.create(w.seller);
    const big = Buffer.concat([pdf(), Buffer.alloc(MB)]);
    const declared = await refused(upload(w.seller, c.id, big, '大文件.pdf'), 413, 'ATTACHMENT_TOO_LARGE');
    expect(declared.body.details).toMatchObject({ limit: 'ATTACHMENT_MAX_MB', maxBytes: MB });
    const chunks = Array.from({ length: 16 }, (_, i) =>
      big.subarray((i * big.length) / 16, ((i + 1) * big.length) / 16),
    );
    const streamed = await api(t, w.seller)
      .post(`/api/contracts/${c.id}/attachments`)
      .attach('file', Readable.from(chunks) as never, { filename: '大文件.pdf', contentType: 'application/pdf' });
    expect([streamed.status, streamed.body.code]).toEqual([413, 'ATTACHMENT_TOO_LARGE']);
    await upload(w.seller, c.id, Buffer.concat([pdf(), Buffer.alloc(MB - 100)]), '刚好.pdf').expect(201);
    await expectFilesMatchRows();
  });

  it('holds a contract to ATTACHMENT_MAX_PER_CONTRACT; deleting one makes room', async () => {
    const c = await w.create(w.seller);
    const ids: string[] = [];
    for (const n of [1, 2, 3])
      ids.push((await upload(w.seller, c.id, pdf(`附件${n}`), `附件${n}.pdf`).expect(201)).body.id);
    const full = await refused(upload(w.seller, c.id, pdf(), '附件4.pdf'), 409, 'ATTACHMENT_LIMIT_REACHED');
    expect(full.body.details).toMatchObject({ limit: 'ATTACHMENT_MAX_PER_CONTRACT', max: 3 });
    const after = await api(t, w.seller).delete(`/api/contracts/${c.id}/attachments/${ids[0]}`).expect(200);
    expect(after.body.items.map((a: { name: string }) => a.name)).toEqual(['附件2.pdf', '附件3.pdf']);
    await upload(w.seller, c.id, pdf(), '附件4.pdf').expect(201);
    await expectFilesMatchRows();
  });

  it('refuses empty, overlong, control-character and direction-override names, and a missing file', async () => {
    const c = await w.create(w.seller);
    for (const name of ['合同\t.pdf', '合同\u202efdp.exe', `${'长'.repeat(121)}.pdf`, '  '])
      await refused(upload(w.seller, c.id, pdf(), name), 400, 'ATTACHMENT_NAME_INVALID');
    // A control character the client encoded (RFC 5987 filename*), which busboy decodes.
    const raw = Buffer.concat([
      Buffer.from(
        `--z\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''%E5%90%88%07.pdf\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf(),
      Buffer.from('\r\n--z--\r\n'),
    ]);
    await refused(
      api(t, w.seller)
        .post(`/api/contracts/${c.id}/attachments`)
        .set('Content-Type', 'multipart/form-data; boundary=z')
        .send(raw),
      400,
      'ATTACHMENT_NAME_INVALID',
    );
    await refused(
      api(t, w.seller).post(`/api/contracts/${c.id}/attachments`).field('x', 'y'),
      400,
      'VALIDATION_FAILED',
    );
    await refused(
      api(t, w.seller)
        .post(`/api/contracts/${c.id}/attachments`)
        .set('Content-Type', 'multipart/form-data; boundary=z')
        .send('--z--\r\n'),
      400,
      'ATTACHMENT_FILE_MISSING',
    );
    await expectFilesMatchRows();
  });

  it('freezes attachments from submission (upload and delete 409) and opens them again when the registry returns the contract', async () => {
    const c = await w.create(w.seller);
    const a = (await upload(w.seller, c.id, pdf(), '合同.pdf').expect(201)).body;
    await w.submit(w.seller, c.id, c.version).expect(200);
    await refused(upload(w.seller, c.id, pdf(), '补充.pdf'), 409, 'ATTACHMENTS_FROZEN');
    await refused(api(t, w.seller).delete(`/api/contracts/${c.id}/attachments/${a.id}`), 409, 'ATTACHMENTS_FROZEN');
    await api(t, w.huaibei)
      .post(`/api/contracts/${c.id}/reject`, { reasonCode: 'missing_attachments', comment: '缺少技术规格附件' })
      .expect(200);
    await upload(w.seller, c.id, pdf(), '技术规格.pdf').expect(201);
    const returned = (await api(t, w.seller).get(`/api/contracts/${c.id}`).expect(200)).body;
    await w.submit(w.seller, c.id, returned.version).expect(200);
    await w.certify(w.huaibei, c.id).expect(200);
    await refused(upload(w.seller, c.id, pdf(), '补充.pdf'), 409, 'ATTACHMENTS_FROZEN');
    await expectFilesMatchRows();
  });

  it('lets the parties and the certifying registry list and download, nobody else', async () => {
    const c = await w.create(w.seller);
    const a = (await upload(w.seller, c.id, pdf('正文'), '技术开发合同 v2 (终稿).pdf').expect(201)).body;
    for (const who of [w.seller, w.buyer, w.huaibei]) {
      const list = await api(t, who).get(`/api/contracts/${c.id}/attachments`).expect(200);
      expect(list.body.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
      const res = await download(who, c.id, a.id).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('技术开发合同 v2 (终稿).pdf').replace(/[()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)}`,
      );
      expect((res.body as Buffer).equals(pdf('正文'))).toBe(true);
    }
    // The buyer's bureau may read the contract, not its attachments; nor may the platform, another province or a stranger.
    await api(t, lixin).get(`/api/contracts/${c.id}`).expect(200);
    for (const who of [lixin, platform, w.linyi, stranger]) {
      const list = await api(t, who).get(`/api/contracts/${c.id}/attachments`);
      const file = await api(t, who).get(`/api/contracts/${c.id}/attachments/${a.id}`);
      expect([list.status, file.status].every((s) => s === 403 || s === 404)).toBe(true);
    }
    // Only the writer changes them: the buyer may read but not upload or delete.
    expect([403, 404]).toContain((await upload(w.buyer, c.id, pdf(), '买方.pdf')).status);
    expect([403, 404]).toContain((await api(t, w.buyer).delete(`/api/contracts/${c.id}/attachments/${a.id}`)).status);
    // An attachment named through another contract is not found.
    const other = await w.create(w.seller);
    await refused(api(t, w.seller).get(`/api/contracts/${other.id}/attachments/${a.id}`), 404, 'ATTACHMENT_NOT_FOUND');
  });

  it('stores a retried upload with the same Idempotency-Key once', async () => {
    const c = await w.create(w.seller);
    const key = idempotencyKey();
    const first = await upload(w.seller, c.id, pdf(), '合同.pdf').set('Idempotency-Key', key).expect(201);
    const again = await upload(w.seller, c.id, pdf(), '合同.pdf').set('Idempotency-Key', key).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM contract_attachment WHERE contract_id = $1`, [c.id]);
    expect(n).toBe(1);
    await expectFilesMatchRows();
  });
});
