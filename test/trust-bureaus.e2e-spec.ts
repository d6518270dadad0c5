import request from 'supertest';
import { DataSource } from 'typeorm';
import {
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  loginAs,
  randomCreditCode,
  type TestOrg,
} from './factories/identity.factory.js';
import { submittedContract } from './factories/contract.factory.js';
import { createTestApp, type TestApp } from './test-app.js';
import { api, idempotencyKey, refused } from './http.js';

/**
 * Issue 14, finding 1: a self-registered "bureau" got bureau powers while unverified. Bureaus
 * now never sign themselves up; an unverified organisation of any type holds only what its own
 * verification needs; a bureau reaches its region subtree and nothing else.
 */
describe('trust: who is a bureau, and what an unverified organisation may do (e2e)', () => {
  let t: TestApp;
  let ds: DataSource;
  let platform: TestOrg;
  let huaibeiAdmin: TestOrg; // bureau admin of 淮北市 (340600)
  let seller: TestOrg; // enterprise in 相山区 (340603)
  let buyer: TestOrg;
  let keySeq = 0;

  const signUp = (type: string, regionCode: string) => {
    const n = `${Date.now()}${keySeq++}`;
    return api(t).post('/api/auth/signup', {
      org: { type, name: `自称科技局${n}`, creditCode: randomCreditCode(regionCode), regionCode },
      admin: { email: `fake-bureau-${n}@example.cn`, displayName: '冒充者', password: 'Demo@2026x' },
    });
  };

  const ledgerRows = async (contractId: string) =>
    (await ds.query(`SELECT count(*)::int AS n FROM stats_ledger WHERE contract_id = $1`, [contractId]))[0].n as number;

  beforeAll(async () => {
    t = await createTestApp();
    ds = t.app.get(DataSource);
    [platform, huaibeiAdmin, seller, buyer] = await Promise.all([
      createPlatformAdmin(t),
      createBureauStaff(t, '340600', { admin: true }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340603' }),
      createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' }),
    ]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a bureau sign-up (400 ORG_TYPE_NOT_ALLOWED) and creates nothing', async () => {
    const before = (await ds.query(`SELECT count(*)::int AS n FROM organization`))[0].n;
    const res = await signUp('bureau', '340000').expect(400);
    expect(res.body.code).toBe('ORG_TYPE_NOT_ALLOWED');
    expect((await ds.query(`SELECT count(*)::int AS n FROM organization`))[0].n).toBe(before);
  });

  it('gives an unverified bureau no bureau power: no certification, export, audit, queue, verification or drafts of others', async () => {
    const fake = await createOrgWithAdmin(t, { type: 'bureau', regionCode: '340000', verified: false });
    const me = await api(t, fake).get('/api/me').expect(200);
    expect(me.body.permissions).toEqual(['org:edit-registration']);

    const { id: contractId } = await submittedContract(t, seller, buyer);
    const as = (r: request.Test) => r.set(bearer(fake.accessToken));
    const refusals = [
      await as(api(t).post(`/api/contracts/${contractId}/certify`).set('Idempotency-Key', idempotencyKey())).send({
        approvedContractAmountFen: '990000000000',
        approvedTechAmountFen: '990000000000',
      }),
      await as(api(t).get('/api/contracts/registration-queue')),
      await as(api(t).get('/api/stats/contracts/export', { region: '340000', period: '2025', format: 'csv' })),
      await as(api(t).get('/api/audit')),
      await as(api(t).get('/api/organizations', { status: 'pending' })),
    ];
    for (const r of refusals) {
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'ORG_NOT_VERIFIED' });
    }
    expect(await ledgerRows(contractId)).toBe(0);

    const victim = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });
    expect((await as(api(t).post(`/api/organizations/${victim.org.id}/verify`)).send({})).status).toBe(403);
    expect(
      (await ds.query(`SELECT verification_status FROM organization WHERE id = $1`, [victim.org.id]))[0]
        .verification_status,
    ).toBe('pending');

    const draft = await api(t, seller)
      .post('/api/listings/needs', {
        title: '一项草稿需求',
        description: '草稿的内容只有发布单位和其科技局可见。',
        techFieldCode: '05',
      })
      .expect(201);
    expect((await as(api(t).get(`/api/listings/needs/${draft.body.id}`))).status).toBe(404);
  });

  it('gives every unverified organisation type only its own account, notifications and registration', async () => {
    for (const type of ['enterprise', 'university', 'research_institute', 'broker_agency'] as const) {
      const pending = await createOrgWithAdmin(t, { type, regionCode: '340602', verified: false });
      const me = await api(t, pending).get('/api/me').expect(200);
      expect(me.body.permissions).toEqual(['org:edit-registration']);
      await api(t, pending).get('/api/notifications').expect(200);
      await api(t, pending).get(`/api/organizations/${pending.org.id}`).expect(200);
      const writes = [
        await api(t, pending).post('/api/contracts', {}),
        await api(t, pending).post('/api/deals', {}),
        await api(t, pending).post('/api/org/members', {}),
        await api(t, pending).get('/api/contracts'),
      ];
      for (const r of writes)
        expect({ type, status: r.status, code: r.body.code }).toEqual({ type, status: 403, code: 'ORG_NOT_VERIFIED' });
    }
  });

  it('lets the platform open a bureau (verified at once) and a bureau admin invite the bureau below it (verified by it)', async () => {
    const opened = await api(t, platform)
      .post('/api/organizations/bureaus', {
        name: '濉溪县科学技术局',
        creditCode: 'KJJ-340621',
        regionCode: '340621',
        admin: { email: `suixi-${Date.now()}@example.gov.cn`, displayName: '濉溪管理员' },
      })
      .expect(201);
    expect(opened.body.org).toMatchObject({ type: 'bureau', regionCode: '340621', verificationStatus: 'verified' });
    expect(opened.body.admin).toMatchObject({ roles: ['bureau_admin'], status: 'invited' });

    const email = `xiangshan-${Date.now()}@example.gov.cn`;
    const invited = await api(t, huaibeiAdmin)
      .post('/api/organizations/bureaus', {
        name: '相山区科学技术局',
        creditCode: 'KJJ-340603',
        regionCode: '340603',
        admin: { email, displayName: '相山管理员' },
      })
      .expect(201);
    expect(invited.body.org.verificationStatus).toBe('pending');
    // One bureau a region.
    const again = await api(t, platform)
      .post('/api/organizations/bureaus', {
        name: '相山区科技局（重复）',
        creditCode: 'KJJ-340603-2',
        regionCode: '340603',
        admin: { email: `dup-${Date.now()}@example.gov.cn`, displayName: '重复' },
      })
      .expect(409);
    expect(again.body.code).toBe('BUREAU_EXISTS');

    // Not before its administrator has taken the invitation.
    await refused(
      api(t, huaibeiAdmin).post(`/api/organizations/${invited.body.org.id}/verify`, {}),
      409,
      'ORG_REGISTRATION_INCOMPLETE',
    );
    // The invitee sets a password, logs in, and holds nothing until 淮北 verifies it.
    await api(t)
      .post('/api/auth/accept-invite', { token: invited.body.inviteToken, password: 'Xiangshan@2026' })
      .expect(200);
    const xiangshan = await loginAs(t, email, 'Xiangshan@2026');
    const before = await api(t, xiangshan).get('/api/me').expect(200);
    expect(before.body.permissions).toEqual(['org:edit-registration']);
    await api(t, xiangshan)
      .patch('/api/org/registration', { contactName: '李主任', contactPhone: '0561-3001234' })
      .expect(200);
    await refused(api(t, xiangshan).patch('/api/org/registration', { regionCode: '340602' }), 400, 'VALIDATION_FAILED');

    const staff = await createBureauStaff(t, '340600');
    await refused(
      api(t, staff).post(`/api/organizations/${invited.body.org.id}/verify`, {}),
      403,
      'ORG_VERIFY_REQUIRES_ADMIN',
    );
    await api(t, huaibeiAdmin).post(`/api/organizations/${invited.body.org.id}/verify`, {}).expect(200);
    const after = await api(t, xiangshan).get('/api/me').expect(200);
    expect(after.body.permissions).toEqual(expect.arrayContaining(['contract:certify', 'org:verify', 'stats:read']));
    await refused(
      api(t, xiangshan).patch('/api/org/registration', { contactName: '王主任' }),
      409,
      'ORG_ALREADY_VERIFIED',
    );
  });

  it('refuses to open bureaus outside or at the inviter’s own level, and to staff', async () => {
    const linyiAdmin = await createBureauStaff(t, '371300', { admin: true });
    const staff = await createBureauStaff(t, '340600');
    const enterprise = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' });
    const body = (regionCode: string) => ({
      name: '某区科学技术局',
      creditCode: `KJJ-${regionCode}-${keySeq++}`,
      regionCode,
      admin: { email: `x-${Date.now()}-${keySeq++}@example.gov.cn`, displayName: '某人' },
    });
    await refused(api(t, linyiAdmin).post('/api/organizations/bureaus', body('340602')), 403, 'ORG_OUT_OF_REGION');
    await refused(api(t, huaibeiAdmin).post('/api/organizations/bureaus', body('340600')), 403, 'ORG_OUT_OF_REGION');
    await refused(api(t, staff).post('/api/organizations/bureaus', body('340602')), 403, 'PERMISSION_DENIED');
    await refused(api(t, enterprise).post('/api/organizations/bureaus', body('340602')), 403, 'PERMISSION_DENIED');
  });

  it('keeps a bureau inside its subtree: a county bureau cannot certify a contract of a sibling district', async () => {
    const lixin = await createBureauStaff(t, '341623');
    const { id: contractId } = await submittedContract(t, seller, buyer);
    const res = await api(t, lixin)
      .post(`/api/contracts/${contractId}/certify`)
      .set('Idempotency-Key', idempotencyKey())
      .send({});
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'CONTRACT_OUT_OF_REGION' });
    expect(await ledgerRows(contractId)).toBe(0);
  });

  it('lets a rejected organisation correct its registration, which sends it back to the bureau', async () => {
    const org = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });
    const staff = await createBureauStaff(t, '340600');
    await api(t, staff)
      .post(`/api/organizations/${org.org.id}/reject`, { reason: '营业执照与填报名称不一致' })
      .expect(200);
    const fixed = await api(t, org)
      .patch('/api/org/registration', { name: `${org.org.name}（更正）` })
      .expect(200);
    expect(fixed.body).toMatchObject({
      verificationStatus: 'pending',
      rejectionReason: null,
      name: `${org.org.name}（更正）`,
    });
    const queue = await api(t, staff).get('/api/organizations', { status: 'pending', pageSize: 100 }).expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(org.org.id);
  });
});
