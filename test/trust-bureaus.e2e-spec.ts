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
import { createTestApp, type TestApp } from './test-app.js';

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
  const key = () => `trust-${Date.now()}-${keySeq++}`;

  const signUp = (type: string, regionCode: string) => {
    const n = `${Date.now()}${keySeq++}`;
    return request(t.http)
      .post('/api/auth/signup')
      .send({
        org: { type, name: `自称科技局${n}`, creditCode: randomCreditCode(regionCode), regionCode },
        admin: { email: `fake-bureau-${n}@example.cn`, displayName: '冒充者', password: 'Demo@2026x' },
      });
  };

  /** A contract of `seller` submitted for registration (seller region 340603). */
  const submittedContract = async (): Promise<string> => {
    const c = await request(t.http)
      .post('/api/contracts')
      .set(bearer(seller.accessToken))
      .send({
        title: '储能材料技术开发合同',
        contractSubtypeCode: 'development.commissioned',
        techFieldCode: '05',
        seller: {},
        buyer: { orgId: buyer.org.id },
        contractAmountFen: '1000000',
        techAmountFen: '900000',
        signedOn: '2025-06-18',
      })
      .expect(201);
    await request(t.http)
      .post(`/api/contracts/${c.body.id}/submit`)
      .set(bearer(seller.accessToken))
      .set('Idempotency-Key', key())
      .send({ version: c.body.version })
      .expect(200);
    return c.body.id as string;
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
    const me = await request(t.http).get('/api/me').set(bearer(fake.accessToken)).expect(200);
    expect(me.body.permissions).toEqual(['org:edit-registration']);

    const contractId = await submittedContract();
    const as = (r: request.Test) => r.set(bearer(fake.accessToken));
    const refusals = [
      await as(request(t.http).post(`/api/contracts/${contractId}/certify`).set('Idempotency-Key', key())).send({
        approvedContractAmountFen: '990000000000',
        approvedTechAmountFen: '990000000000',
      }),
      await as(request(t.http).get('/api/contracts/registration-queue')),
      await as(
        request(t.http).get('/api/stats/contracts/export').query({ region: '340000', period: '2025', format: 'csv' }),
      ),
      await as(request(t.http).get('/api/audit')),
      await as(request(t.http).get('/api/organizations').query({ status: 'pending' })),
    ];
    for (const r of refusals) {
      expect({ status: r.status, code: r.body.code }).toEqual({ status: 403, code: 'ORG_NOT_VERIFIED' });
    }
    expect(await ledgerRows(contractId)).toBe(0);

    const victim = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });
    expect((await as(request(t.http).post(`/api/organizations/${victim.org.id}/verify`)).send({})).status).toBe(403);
    expect(
      (await ds.query(`SELECT verification_status FROM organization WHERE id = $1`, [victim.org.id]))[0]
        .verification_status,
    ).toBe('pending');

    const draft = await request(t.http)
      .post('/api/listings/needs')
      .set(bearer(seller.accessToken))
      .send({ title: '一项草稿需求', description: '草稿的内容只有发布单位和其科技局可见。', techFieldCode: '05' })
      .expect(201);
    expect((await as(request(t.http).get(`/api/listings/needs/${draft.body.id}`))).status).toBe(404);
  });

  it('gives every unverified organisation type only its own account, notifications and registration', async () => {
    for (const type of ['enterprise', 'university', 'research_institute', 'broker_agency'] as const) {
      const pending = await createOrgWithAdmin(t, { type, regionCode: '340602', verified: false });
      const me = await request(t.http).get('/api/me').set(bearer(pending.accessToken)).expect(200);
      expect(me.body.permissions).toEqual(['org:edit-registration']);
      await request(t.http).get('/api/notifications').set(bearer(pending.accessToken)).expect(200);
      await request(t.http).get(`/api/organizations/${pending.org.id}`).set(bearer(pending.accessToken)).expect(200);
      const writes = [
        await request(t.http).post('/api/contracts').set(bearer(pending.accessToken)).send({}),
        await request(t.http).post('/api/deals').set(bearer(pending.accessToken)).send({}),
        await request(t.http).post('/api/org/members').set(bearer(pending.accessToken)).send({}),
        await request(t.http).get('/api/contracts').set(bearer(pending.accessToken)),
      ];
      for (const r of writes)
        expect({ type, status: r.status, code: r.body.code }).toEqual({ type, status: 403, code: 'ORG_NOT_VERIFIED' });
    }
  });

  it('lets the platform open a bureau (verified at once) and a bureau admin invite the bureau below it (verified by it)', async () => {
    const opened = await request(t.http)
      .post('/api/organizations/bureaus')
      .set(bearer(platform.accessToken))
      .send({
        name: '濉溪县科学技术局',
        creditCode: 'KJJ-340621',
        regionCode: '340621',
        admin: { email: `suixi-${Date.now()}@example.gov.cn`, displayName: '濉溪管理员' },
      })
      .expect(201);
    expect(opened.body.org).toMatchObject({ type: 'bureau', regionCode: '340621', verificationStatus: 'verified' });
    expect(opened.body.admin).toMatchObject({ roles: ['bureau_admin'], status: 'invited' });

    const email = `xiangshan-${Date.now()}@example.gov.cn`;
    const invited = await request(t.http)
      .post('/api/organizations/bureaus')
      .set(bearer(huaibeiAdmin.accessToken))
      .send({
        name: '相山区科学技术局',
        creditCode: 'KJJ-340603',
        regionCode: '340603',
        admin: { email, displayName: '相山管理员' },
      })
      .expect(201);
    expect(invited.body.org.verificationStatus).toBe('pending');
    // One bureau a region.
    const again = await request(t.http)
      .post('/api/organizations/bureaus')
      .set(bearer(platform.accessToken))
      .send({
        name: '相山区科技局（重复）',
        creditCode: 'KJJ-340603-2',
        regionCode: '340603',
        admin: { email: `dup-${Date.now()}@example.gov.cn`, displayName: '重复' },
      })
      .expect(409);
    expect(again.body.code).toBe('BUREAU_EXISTS');

    // Not before its administrator has taken the invitation.
    expect(
      (
        await request(t.http)
          .post(`/api/organizations/${invited.body.org.id}/verify`)
          .set(bearer(huaibeiAdmin.accessToken))
          .send({})
          .expect(409)
      ).body.code,
    ).toBe('ORG_REGISTRATION_INCOMPLETE');
    // The invitee sets a password, logs in, and holds nothing until 淮北 verifies it.
    await request(t.http)
      .post('/api/auth/accept-invite')
      .send({ token: invited.body.inviteToken, password: 'Xiangshan@2026' })
      .expect(200);
    const xiangshan = await loginAs(t, email, 'Xiangshan@2026');
    const before = await request(t.http).get('/api/me').set(bearer(xiangshan.accessToken)).expect(200);
    expect(before.body.permissions).toEqual(['org:edit-registration']);
    await request(t.http)
      .patch('/api/org/registration')
      .set(bearer(xiangshan.accessToken))
      .send({ contactName: '李主任', contactPhone: '0561-3001234' })
      .expect(200);
    expect(
      (
        await request(t.http)
          .patch('/api/org/registration')
          .set(bearer(xiangshan.accessToken))
          .send({ regionCode: '340602' })
          .expect(400)
      ).body.code,
    ).toBe('VALIDATION_FAILED');

    const staff = await createBureauStaff(t, '340600');
    expect(
      (
        await request(t.http)
          .post(`/api/organizations/${invited.body.org.id}/verify`)
          .set(bearer(staff.accessToken))
          .send({})
          .expect(403)
      ).body.code,
    ).toBe('ORG_VERIFY_REQUIRES_ADMIN');
    await request(t.http)
      .post(`/api/organizations/${invited.body.org.id}/verify`)
      .set(bearer(huaibeiAdmin.accessToken))
      .send({})
      .expect(200);
    const after = await request(t.http).get('/api/me').set(bearer(xiangshan.accessToken)).expect(200);
    expect(after.body.permissions).toEqual(expect.arrayContaining(['contract:certify', 'org:verify', 'stats:read']));
    expect(
      (
        await request(t.http)
          .patch('/api/org/registration')
          .set(bearer(xiangshan.accessToken))
          .send({ contactName: '王主任' })
          .expect(409)
      ).body.code,
    ).toBe('ORG_ALREADY_VERIFIED');
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
    expect(
      (
        await request(t.http)
          .post('/api/organizations/bureaus')
          .set(bearer(linyiAdmin.accessToken))
          .send(body('340602'))
          .expect(403)
      ).body.code,
    ).toBe('ORG_OUT_OF_REGION');
    expect(
      (
        await request(t.http)
          .post('/api/organizations/bureaus')
          .set(bearer(huaibeiAdmin.accessToken))
          .send(body('340600'))
          .expect(403)
      ).body.code,
    ).toBe('ORG_OUT_OF_REGION');
    expect(
      (
        await request(t.http)
          .post('/api/organizations/bureaus')
          .set(bearer(staff.accessToken))
          .send(body('340602'))
          .expect(403)
      ).body.code,
    ).toBe('PERMISSION_DENIED');
    expect(
      (
        await request(t.http)
          .post('/api/organizations/bureaus')
          .set(bearer(enterprise.accessToken))
          .send(body('340602'))
          .expect(403)
      ).body.code,
    ).toBe('PERMISSION_DENIED');
  });

  it('keeps a bureau inside its subtree: a county bureau cannot certify a contract of a sibling district', async () => {
    const lixin = await createBureauStaff(t, '341623');
    const contractId = await submittedContract();
    const res = await request(t.http)
      .post(`/api/contracts/${contractId}/certify`)
      .set(bearer(lixin.accessToken))
      .set('Idempotency-Key', key())
      .send({});
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'CONTRACT_OUT_OF_REGION' });
    expect(await ledgerRows(contractId)).toBe(0);
  });

  it('lets a rejected organisation correct its registration, which sends it back to the bureau', async () => {
    const org = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });
    const staff = await createBureauStaff(t, '340600');
    await request(t.http)
      .post(`/api/organizations/${org.org.id}/reject`)
      .set(bearer(staff.accessToken))
      .send({ reason: '营业执照与填报名称不一致' })
      .expect(200);
    const fixed = await request(t.http)
      .patch('/api/org/registration')
      .set(bearer(org.accessToken))
      .send({ name: `${org.org.name}（更正）` })
      .expect(200);
    expect(fixed.body).toMatchObject({
      verificationStatus: 'pending',
      rejectionReason: null,
      name: `${org.org.name}（更正）`,
    });
    const queue = await request(t.http)
      .get('/api/organizations')
      .query({ status: 'pending', pageSize: 100 })
      .set(bearer(staff.accessToken))
      .expect(200);
    expect(queue.body.items.map((o: { id: string }) => o.id)).toContain(org.org.id);
  });
});
