/**
 * A small market for the authorisation matrix: one resource of every kind the policy table
 * names, owned by organisations of 淮北 (杜集区 340602, 相山区 340603), and callers of every kind
 * around it — its owners and parties, bureaus above and beside it, organisations of other
 * regions, unverified organisations of every type, the platform, and nobody (anonymous).
 *
 * The facts of each resource are written down here from what this factory created, not read
 * back through the app's facts readers: the matrix test compares the app's decisions with them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Caller, ResourceFacts } from '../../libs/shared/auth/index.js';
import type { TestApp } from '../test-app.js';
import {
  addMember,
  bearer,
  createBureauStaff,
  createOrgWithAdmin,
  createPlatformAdmin,
  randomCreditCode,
  type TestOrg,
} from './identity.factory.js';
import { api } from '../http.js';
import { tradingWorld } from './policy-world.trading.js';
import { financeWorld } from './policy-world.finance.js';

export interface WorldCaller {
  label: string;
  /** undefined: anonymous. */
  org?: TestOrg;
  caller?: Caller;
}

export interface PolicyWorld {
  callers: WorldCaller[];
  /** Resource ids by kind, and the facts of each (as this factory knows them). */
  ids: Record<string, string>;
  facts: Record<string, ResourceFacts>;
  /** Region used for region-scoped operations (query, path or body). */
  region: string;
  /** A fresh token of `org`'s user (for operations that end the session). */
  freshToken(org: TestOrg): Promise<string>;
}

const callerOf = (o: TestOrg): Caller => ({
  userId: o.user.id,
  orgId: o.org.id,
  orgType: o.org.type,
  orgVerified: o.org.verificationStatus === 'verified',
  regionCode: o.org.regionCode,
  roles: o.user.roles,
});

const key = () => `world-${randomBytes(6).toString('hex')}`;

export async function buildPolicyWorld(t: TestApp): Promise<PolicyWorld> {
  const ds = t.app.get(DataSource);
  const [
    platform,
    huaibeiAdmin,
    huaibeiStaff,
    anhuiAdmin,
    suixiAdmin,
    lixinStaff,
    linyiAdmin,
    e1,
    u1,
    b1Admin,
    e2,
    u2,
    ri,
    b2,
  ] = await Promise.all([
    createPlatformAdmin(t),
    createBureauStaff(t, '340600', { admin: true }),
    createBureauStaff(t, '340600'),
    createBureauStaff(t, '340000', { admin: true }),
    createBureauStaff(t, '340621', { admin: true }),
    createBureauStaff(t, '341623'),
    createBureauStaff(t, '371300', { admin: true }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '340603' }),
    createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '371302' }),
    createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340602' }),
    createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '371302', roles: ['broker'] }),
  ]);
  const [e1Member, e1Colleague, b1Broker, e2Member] = await Promise.all([
    addMember(t, e1, { roles: ['member'] }),
    // The member the matrix disables and enables: not one of the callers, whose sessions must live.
    addMember(t, e1, { roles: ['member'] }),
    addMember(t, b1Admin, { roles: ['broker'] }),
    addMember(t, e2, { roles: ['member'] }),
  ]);
  const unverified = await Promise.all([
    createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false }),
    createOrgWithAdmin(t, { type: 'university', regionCode: '340603', verified: false }),
    createOrgWithAdmin(t, { type: 'research_institute', regionCode: '340602', verified: false }),
    createOrgWithAdmin(t, { type: 'broker_agency', regionCode: '340602', verified: false }),
    createOrgWithAdmin(t, { type: 'bureau', regionCode: '340604', verified: false }),
  ]);
  // The contracts' buyer sits in another city (利辛), so that its bureau may read them but not certify them.
  const e3 = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '341623' });
  const rejected = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });
  await ds.query(
    `UPDATE organization SET verification_status = 'rejected', rejection_reason = '材料不全' WHERE id = $1`,
    [rejected.org.id],
  );
  rejected.org.verificationStatus = 'rejected';
  const target = await createOrgWithAdmin(t, { type: 'enterprise', regionCode: '340602', verified: false });

  const as = (o: TestOrg) => bearer(o.accessToken);
  // A submitted need of E1, a draft achievement of U1, a submitted challenge of E1.
  const need = await api(t)
    .post('/api/listings/needs')
    .set(as(e1))
    .send({ title: '矩阵测试需求', description: '需要一种低成本的硬碳负极材料制备工艺。', techFieldCode: '05' })
    .expect(201);
  await api(t).post(`/api/listings/needs/${need.body.id}/submit`).set(as(e1)).send({ version: 1 }).expect(200);
  const achievement = await api(t)
    .post('/api/listings/achievements')
    .set(as(u1))
    .send({
      title: '矩阵测试成果',
      description: '一种生物质硬碳负极材料的制备方法，首次效率 90%。',
      techFieldCode: '05',
      achievementType: 'applied',
      trl: 6,
      transferModes: ['licence'],
      negotiable: true,
    })
    .expect(201);
  const challenge = await api(t)
    .post('/api/listings/challenges')
    .set(as(e1))
    .send({
      title: '矩阵测试榜单',
      description: '征集钠离子电池负极材料的量产工艺。',
      techFieldCode: '05',
      rewardFen: 100000000,
    })
    .expect(201);
  await api(t)
    .post(`/api/listings/challenges/${challenge.body.id}/submit`)
    .set(as(e1))
    .send({ version: 1 })
    .expect(200);

  // A submitted contract U1 → E1, and a draft negotiated transfer with its price publication.
  const contractBody = (over: Record<string, unknown> = {}) => ({
    title: '矩阵测试合同',
    contractSubtypeCode: 'development.commissioned',
    techFieldCode: '05',
    seller: {},
    buyer: { orgId: e3.org.id },
    contractAmountFen: '1000000',
    techAmountFen: '1000000',
    signedOn: '2025-06-18',
    ...over,
  });
  const contract = await api(t).post('/api/contracts').set(as(u1)).send(contractBody()).expect(201);
  // Its contract text, uploaded while it was a draft (frozen since the submission below).
  const attachment = await api(t)
    .post(`/api/contracts/${contract.body.id}/attachments`)
    .set(as(u1))
    .attach('file', Buffer.from('%PDF-1.4\n矩阵测试合同文本'), '矩阵测试合同.pdf')
    .expect(201);
  await api(t)
    .post(`/api/contracts/${contract.body.id}/submit`)
    .set(as(u1))
    .set('Idempotency-Key', key())
    .send({ version: 1 })
    .expect(200);
  const transfer = await api(t)
    .post('/api/contracts')
    .set(as(u1))
    .send(contractBody({ title: '矩阵测试转让合同', contractSubtypeCode: 'transfer.patent', negotiatedPrice: true }))
    .expect(201);
  const publication = await api(t)
    .post(`/api/contracts/${transfer.body.id}/price-publication`)
    .set(as(u1))
    .send({})
    .expect(201);

  // A deal brokered by B1's broker between U1 (seller) and E1 (buyer), both accepted.
  const deal = await api(t)
    .post('/api/deals')
    .set(as(b1Broker as TestOrg))
    .send({
      title: '矩阵测试对接',
      matchRef: 'matrix:1',
      parties: [
        { orgId: u1.org.id, role: 'seller' },
        { orgId: e1.org.id, role: 'buyer' },
      ],
    })
    .expect(201);
  await api(t).post(`/api/deals/${deal.body.id}/accept`).set(as(u1)).expect(200);
  await api(t).post(`/api/deals/${deal.body.id}/accept`).set(as(e1)).expect(200);

  // An import job of 淮北 (finished, so neither commit nor cancel changes it), a notification to E1's admin.
  const [{ id: importId }] = await ds.query(
    `INSERT INTO import_job (kind, format, file_name, file_key, file_size, file_sha256, status, org_id, created_by, region_code)
     VALUES ('needs', 'csv', 'matrix.csv', '00000000-0000-4000-8000-000000000000', 1, $1, 'failed', $2, $3, '340600') RETURNING id`,
    ['0'.repeat(64), huaibeiStaff.org.id, huaibeiStaff.user.id],
  );
  const [{ id: registryEntryId }] = await ds.query(
    `INSERT INTO registry_entry (kind, region_code, name, recognised_on, entered_by)
     VALUES ('pilot_base', '340600', '矩阵测试中试基地', '2025-03-01', $1) RETURNING id`,
    [huaibeiStaff.user.id],
  );
  const [{ id: notificationId }] = await ds.query(
    `INSERT INTO notification (recipient_user_id, kind, title, body) VALUES ($1, 'match_alert', '矩阵测试通知', '内容') RETURNING id`,
    [e1.user.id],
  );

  // A pending figure 淮北's staff reported for its own plan indicator (the matrix approves it as another user).
  const reported = await api(t)
    .post('/api/reported-figures')
    .set(as(huaibeiStaff))
    .send({
      regionCode: '340600',
      indicatorCode: 'soe_rd_intensity',
      year: 2025,
      value: '3.6',
      unit: 'percent',
      sourceDocument: '矩阵测试统计公报',
      sourceDepartment: '市国资委',
      attachment: { fileName: '统计公报.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
    })
    .expect(201);

  // A plan 淮北's admin added, and a seeded target of 淮北.
  const plan = await api(t)
    .post('/api/target-plans')
    .set(as(huaibeiAdmin))
    .send({ regionCode: '340600', title: '矩阵测试规划', document: '矩阵〔2026〕1号', fromYear: 2026, toYear: 2028 })
    .expect(201);
  const [{ id: seededTargetId }] = await ds.query(
    `SELECT id FROM policy_target WHERE region_code = '340600' ORDER BY id LIMIT 1`,
  );

  // Auction lots, roadshows, 挂牌 listings and vouchers: policy-world.trading.ts.
  const trading = await tradingWorld(t, { u1, e1, huaibeiAdmin });
  // Banks, an authorisation, a loan and E1's innovation score: policy-world.finance.ts.
  const finance = await financeWorld(t, { e1, e2 });

  const member = e1Member as TestOrg;
  const callers: WorldCaller[] = [
    { label: 'anonymous' },
    ...(
      [
        ['platform admin', platform],
        ['淮北 bureau admin (region of the resources)', huaibeiAdmin],
        ['淮北 bureau staff', huaibeiStaff],
        ['安徽 bureau admin (province above)', anhuiAdmin],
        ['濉溪 bureau admin (a county beside)', suixiAdmin],
        ['利辛 bureau staff (another city)', lixinStaff],
        ['临沂 bureau admin (another province)', linyiAdmin],
        ['E1 enterprise admin (owner, deal party)', e1],
        ['E3 enterprise admin (the contracts’ buyer, 利辛)', e3],
        ['E1 member', member],
        ['U1 university admin (seller, party)', u1],
        ['B1 broker (the deal’s broker)', b1Broker as TestOrg],
        ['B1 broker agency admin', b1Admin],
        ['E2 enterprise admin (same district, unrelated)', e2],
        ['E2 member', e2Member as TestOrg],
        ['U2 university admin (other province)', u2],
        ['RI research institute admin', ri],
        ['B2 broker (other agency)', b2],
        ['unverified enterprise admin', unverified[0]],
        ['unverified university admin', unverified[1]],
        ['unverified research institute admin', unverified[2]],
        ['unverified broker agency admin', unverified[3]],
        ['unverified bureau admin', unverified[4]],
        ['rejected enterprise admin', rejected],
        ...finance.callers,
      ] as const
    ).map(([label, org]) => ({ label, org, caller: callerOf(org) })),
  ];

  const contractFacts = (): ResourceFacts => ({
    orgs: { seller: u1.org.id, buyer: e3.org.id, intermediary: null, author: u1.org.id },
    regions: { seller: '340603', buyer: '341623' },
  });
  const ids: Record<string, string> = {
    need: need.body.id,
    listing: need.body.id,
    achievement: achievement.body.id,
    challenge: challenge.body.id,
    contract: contract.body.id,
    attachment: attachment.body.id,
    publication: publication.body.id,
    deal: deal.body.id,
    organization: target.org.id,
    member: e1Colleague.user.id,
    notification: notificationId,
    import: importId,
    'reported-figure': reported.body.id,
    'registry-entry': registryEntryId,
    'target-plan': String(plan.body.id),
    'policy-target': String(seededTargetId),
    ...trading.ids,
    ...finance.ids,
  };
  const facts: Record<string, ResourceFacts> = {
    need: { orgs: { owner: e1.org.id, applicant: null }, regions: { home: '340602' }, states: ['submitted'] },
    achievement: { orgs: { owner: u1.org.id, applicant: null }, regions: { home: '340603' }, states: ['draft'] },
    challenge: { orgs: { owner: e1.org.id, applicant: null }, regions: { home: '340602' }, states: ['submitted'] },
    contract: contractFacts(),
    publication: contractFacts(),
    deal: {
      users: { broker: b1Broker.user.id },
      orgs: { broker: b1Admin.org.id, party: [u1.org.id, e1.org.id], acceptedParty: [u1.org.id, e1.org.id] },
      regions: { party: ['340603', '340602'] },
    },
    'deal-board': { regions: { target: '340602' }, states: ['scope:region'] },
    organization: { orgs: { self: target.org.id }, regions: { home: '340602' }, states: ['not-bureau', 'pending'] },
    member: { orgs: { org: e1.org.id }, users: { self: e1Colleague.user.id } },
    notification: { users: { recipient: e1.user.id }, orgs: { recipient: null } },
    import: { regions: { scope: '340600' } },
    'reported-figure': { regions: { home: '340600' }, users: { enteredBy: huaibeiStaff.user.id }, states: ['pending'] },
    'registry-entry': { regions: { home: '340600' }, states: ['counting'] },
    'target-plan': { regions: { home: '340600' } },
    'policy-target': { regions: { home: '340600' } },
    region: { regions: { target: '340602' } },
    ...trading.facts,
    ...finance.facts,
  };
  facts.listing = facts.need!;

  return {
    callers,
    ids,
    facts,
    region: '340602',
    freshToken: async (org) => {
      const res = await api(t)
        .post('/api/auth/login', { login: org.user.email, password: org.user.password })
        .expect(200);
      return res.body.accessToken as string;
    },
  };
}

/** Ids for path parameters that name nothing the table checks (an API key to revoke, an application to award). */
export const unknownId = (): string => randomUUID();
export { randomCreditCode };
