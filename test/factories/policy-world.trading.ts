/**
 * The policy world's trading resources (policy-world.factory.ts): a lot U1 auctions, a roadshow
 * it hosts, a 挂牌 listing of its achievement, and a voucher programme of 淮北 with E1's
 * application — their ids and facts, written down from what was created. Kept apart so that
 * neither file passes 400 lines.
 */
import type { ResourceFacts } from '../../libs/shared/auth/index.js';
import { api } from '../http.js';
import type { TestApp } from '../test-app.js';
import { bearer, type TestOrg } from './identity.factory.js';
import { publishedListing } from './listing.factory.js';

export async function tradingWorld(
  t: TestApp,
  { u1, e1, huaibeiAdmin }: { u1: TestOrg; e1: TestOrg; huaibeiAdmin: TestOrg },
): Promise<{ ids: Record<string, string>; facts: Record<string, ResourceFacts> }> {
  const as = (o: TestOrg) => bearer(o.accessToken);
  // A lot U1 auctions, published and open now (the matrix's bids and registrations meet its rules, not its existence).
  const lot = await api(t)
    .post('/api/auctions')
    .set(as(u1))
    .send({
      title: '矩阵测试竞价标的',
      description: '专利权转让',
      startingPriceFen: '1000000',
      incrementFen: '10000',
      depositFen: '0',
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() + 3_600_000).toISOString(),
    })
    .expect(201);
  await api(t).post(`/api/auctions/${lot.body.id}/publish`).set(as(u1)).send({ version: 1 }).expect(200);

  // A roadshow U1 organises, published and open for registration.
  const roadshow = await api(t)
    .post('/api/roadshows')
    .set(as(u1))
    .send({
      title: '矩阵测试路演',
      description: '成果推介',
      format: 'online',
      onlineUrl: 'https://meeting.example.cn/matrix',
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 90_000_000).toISOString(),
    })
    .expect(201);
  await api(t).post(`/api/roadshows/${roadshow.body.id}/publish`).set(as(u1)).send({ version: 1 }).expect(200);
  // A 挂牌 listing of U1's published achievement, open for intents.
  const listedAchievement = await publishedListing(
    t,
    u1,
    'achievements',
    { title: '矩阵测试挂牌成果' },
    { reviewer: huaibeiAdmin },
  );
  const listedSale = await api(t).post('/api/listed-sales').set(as(u1)).send({
    achievementId: listedAchievement.id,
    title: '矩阵测试挂牌项目',
    description: '专利权转让',
    mode: 'transfer',
    priceFen: '1000000',
    terms: '一次性付款',
  });
  // A voucher programme of 淮北 (its admin's bureau) approving U1, and E1's application to it.
  const programme = await api(t)
    .post('/api/voucher-programmes')
    .set(as(huaibeiAdmin))
    .send({
      name: '矩阵测试创新券',
      budgetFen: '100000000',
      opensOn: '2020-01-01',
      closesOn: '2099-12-31',
      eligibleKinds: [],
      categories: ['testing'],
      subsidyPercent: 50,
      capPerEnterpriseFen: '100000000',
      reservationDays: 90,
      outsideProviders: false,
      acceptedRegionCodes: [],
      providerOrgIds: [u1.org.id],
    })
    .expect(201);
  const voucher = await api(t)
    .post(`/api/voucher-programmes/${programme.body.id}/applications`)
    .set(as(e1))
    .send({ category: 'testing', providerOrgId: u1.org.id, plannedFen: '2000000', purpose: '矩阵测试检测服务' })
    .expect(201);

  return {
    ids: {
      auction: lot.body.id,
      roadshow: roadshow.body.id,
      'listed-sale': listedSale.body.id,
      'voucher-programme': programme.body.id,
      voucher: voucher.body.id,
    },
    facts: {
      auction: { orgs: { seller: u1.org.id }, regions: { home: '340603' }, states: ['published', 'listed'] },
      roadshow: { orgs: { organiser: u1.org.id }, regions: { home: '340603' }, states: ['published', 'listed'] },
      'listed-sale': { orgs: { seller: u1.org.id }, regions: { home: '340603' }, states: ['listed'] },
      'voucher-programme': { orgs: { issuer: huaibeiAdmin.org.id }, regions: { home: '340600' } },
      voucher: {
        orgs: { enterprise: e1.org.id, provider: u1.org.id, issuer: huaibeiAdmin.org.id },
        regions: { issuer: '340600', host: null },
        states: ['applied'],
      },
    },
  };
}
