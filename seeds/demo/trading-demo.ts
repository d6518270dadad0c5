import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuctionClosing, AuctionsService, BiddingService } from '../../libs/auctions/src/index.js';
import { Clock, ContractsService, PricePublicationService } from '../../libs/contracts/src/index.js';
import { ListedSalesService, ListedSalesModule, SaleSettlementService } from '../../libs/listed-sales/src/index.js';
import { ListingsService, type AchievementInput } from '../../libs/listings/src/index.js';
import { chinaToday } from '../../libs/reference/src/index.js';
import { RoadshowParticipationService, RoadshowsModule, RoadshowsService } from '../../libs/roadshows/src/index.js';
import type { Principal } from '../../libs/shared/auth/index.js';
import { demoContext } from './demo-context.js';
import type { DemoLoader } from './demo-loader.js';
import { principalOf, type DemoUser } from './demo-principal.js';
import { TRADING_ACHIEVEMENTS, PRICE_PUBLICATIONS, type DemoAchievementKey } from './trading-demo.data.js';

/**
 * The market's public trading sections, written through the services the API calls (so rules,
 * audit rows, events, hash-chained bids and settlements are real): 协议定价公示 running now,
 * 挂牌 listings in their period (one with an intent), 网络竞价 lots open, scheduled and one
 * sold (with its deal, draft contract and 成交公告), and an upcoming 路演 with a registration.
 * The achievements they sell are registered by the demo universities and institutes and
 * approved by their bureaus first. Dates are relative to the day of loading.
 */

const DAY = 86_400_000;
/** The China date `days` after today. */
const chinaDay = (days: number): string => new Date(Date.parse(chinaToday()) + days * DAY).toISOString().slice(0, 10);
/** An instant at a China wall-clock time `days` after today. */
const chinaAt = (days: number, hhmm: string): string => new Date(`${chinaDay(days)}T${hhmm}:00+08:00`).toISOString();

const LOGINS = [
  'huaibei-university',
  'linyi-university',
  'bozhou-institute',
  'dandong-institute',
  'huaibei-staff',
  'linyi-staff',
  'bozhou-staff',
  'dandong-staff',
  'huaibei-enterprise',
  'linyi-enterprise',
  'lixin-enterprise',
  'xichou-enterprise',
  'linyi-broker-admin',
] as const;
type Login = (typeof LOGINS)[number];

export async function loadTradingDemo(ds: DataSource): Promise<number> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('trading demo: the data source has no url');
  const users = new Map<Login, DemoUser>();
  for (const login of LOGINS) {
    const u = await principalOf(ds, login);
    if (u) users.set(login, u);
  }
  if (users.size < LOGINS.length) return 0; // the identity demo is not there: nothing to attach to
  const as = (login: Login): Principal => users.get(login)!.principal;

  const app = await demoContext(url, [ListedSalesModule, RoadshowsModule]);
  const clock = app.get(Clock);
  let created = 0;
  try {
    const listings = app.get(ListingsService);

    // The achievements on sale, registered by their owners and approved by their bureaus.
    const achievement = new Map<DemoAchievementKey, string>();
    for (const a of TRADING_ACHIEVEMENTS) {
      const owner = as(a.owner);
      const input: AchievementInput = { ...a.input, contactName: '成果转化办公室' };
      const draft = await listings.create('achievement', owner, input);
      let row = await listings.submit('achievement', draft.id, owner, draft.version);
      if (row.status === 'submitted')
        row = await listings.review('achievement', draft.id, as(a.reviewer), row.version, { approve: true });
      achievement.set(a.key, row.id);
      created++;
    }

    // 协议定价公示: a university's or institute's negotiated-price transfer or licence, published
    // before signing; one started some days ago (the contracts' Clock stands there), one today.
    const contracts = app.get(ContractsService);
    const publications = app.get(PricePublicationService);
    for (const p of PRICE_PUBLICATIONS) {
      clock.freezeAt(new Date(Date.parse(chinaDay(-p.startedDaysAgo)) + 2 * 3_600_000));
      const seller = as(p.seller);
      const draft = await contracts.create(seller, {
        title: p.title,
        contractSubtypeCode: p.subtype,
        techFieldCode: p.field,
        seller: {},
        buyer: 'login' in p.buyer ? { orgId: as(p.buyer.login).orgId } : p.buyer,
        contractAmountFen: p.amountFen,
        techAmountFen: p.techAmountFen,
        signedOn: chinaDay(-p.startedDaysAgo),
        negotiatedPrice: true,
        achievementId: null,
        benefit: { teamPercent: 70, staffPercent: 5 },
      });
      await publications.publish(seller, draft.id, { days: 15 });
      created++;
    }
    clock.freezeAt(null);

    // 挂牌交易: two listings in their period (the region's minimum), one already with an intent.
    const sales = app.get(ListedSalesService);
    const slag = await sales.create(
      as('huaibei-university'),
      {
        achievementId: achievement.get('gangue-ceramsite')!,
        title: '煤矸石制备陶粒轻骨料技术（专利权转让）',
        description:
          '以淮北矿区洗选煤矸石为主料，经破碎、造粒、回转窑焙烧制成 600–800 级陶粒，用于轻骨料混凝土和墙体砌块；含 1 项发明专利、2 项实用新型专利及中试线工艺包。',
        mode: 'transfer',
        priceFen: '80000000',
        depositFen: '5000000',
        terms: '一次性付款；合同生效后 30 日内办理专利权转移登记，卖方派员指导首条生产线调试 3 个月。',
      },
      undefined,
    );
    await sales.declareIntent(
      as('huaibei-enterprise'),
      slag.id,
      { terms: '接受挂牌价，拟在杜集区建设年产 20 万立方米陶粒生产线，合同签订后 10 个工作日内付清。' },
      undefined,
    );
    await sales.create(
      as('linyi-university'),
      {
        achievementId: achievement.get('board-vision')!,
        title: '人造板表面缺陷机器视觉在线检测系统（普通许可）',
        description:
          '面向胶合板、刨花板生产线的表面缺陷在线检测：线阵相机成像，识别鼓泡、压痕、砂透、边角缺损等 9 类缺陷，检出率 96% 以上，可与分等堆垛设备联动。',
        mode: 'licence',
        priceFen: '30000000',
        terms: '普通许可，许可期 5 年，临沂市范围内不限生产线数量；含软件安装调试与 2 次现场培训。',
      },
      undefined,
    );
    created += 2;

    const openLotId = await loadAuctions(app, as, achievement);
    created += 3;

    // 路演: 临沂's technology-transfer centre presents 临沂's achievements and the open lot, 12 days out.
    const roadshows = app.get(RoadshowsService);
    const host = as('linyi-broker-admin');
    const draft = await roadshows.create(
      host,
      {
        title: '临沂市智能装备与现代农机科技成果专场路演',
        description:
          '临沂职业学院等单位现场推介农机北斗导航、人造板智能检测等成果，技术经纪人现场对接；欢迎兰山、罗庄、沂南等地装备制造和农机企业报名参加。',
        format: 'venue',
        venue: '临沂市兰山区临沂科技创新大厦三楼路演厅',
        startsAt: chinaAt(12, '14:30'),
        endsAt: chinaAt(12, '17:30'),
        capacity: 80,
      },
      undefined,
    );
    // the 北斗 system as the lot now open (not twice: also as the achievement the lot sells)
    const listed = await roadshows.setItems(host, draft.id, draft.version, [
      { kind: 'auction', id: openLotId },
      { kind: 'achievement', id: achievement.get('board-vision')! },
    ]);
    const published = await roadshows.publish(host, draft.id, listed.version);
    await app.get(RoadshowParticipationService).register(as('linyi-enterprise'), published.id, undefined);
    created++;
  } finally {
    clock.freezeAt(null);
    await app.close();
  }
  return created;
}

/**
 * 网络竞价: a lot open now with a bid, one scheduled, and one sold. A test cannot wait out an
 * auction and neither can a demo: the sold lot is moved in time the way
 * test/factories/auction.factory.ts does (only its window, in SQL; its bids keep the database's
 * clock and their hash chain), then closed and settled by the same services the worker runs.
 */
async function loadAuctions(
  app: INestApplicationContext,
  as: (login: Login) => Principal,
  achievement: Map<DemoAchievementKey, string>,
): Promise<string> {
  const auctions = app.get(AuctionsService);
  const bidding = app.get(BiddingService);
  const ds = app.get(DataSource);
  const lot = async (seller: Login, input: Parameters<AuctionsService['create']>[1]) => {
    const draft = await auctions.create(as(seller), input, undefined);
    return auctions.publish(as(seller), draft.id, draft.version);
  };
  const ready = async (lotId: string, bidder: Login, bureau: Login, slip: string) => {
    await bidding.register(as(bidder), lotId, undefined);
    await bidding.confirmDeposit(as(bureau), lotId, { bidderOrgId: as(bidder).orgId, reference: slip }, undefined);
  };
  const bid = (lotId: string, bidder: Login, yuan: number, n: number) =>
    bidding.place(as(bidder), lotId, String(yuan * 100), `demo-bid-${lotId}-${n}`);

  const open = await lot('linyi-university', {
    achievementId: achievement.get('beidou-autosteer')!,
    title: '拖拉机北斗自动导航辅助驾驶系统（技术秘密及软件著作权转让）',
    description:
      '适配 50–200 马力国产拖拉机的北斗 RTK 自动导航系统，直线作业偏差 ±2.5 厘米，支持起垄、播种、植保作业路径规划；含控制器设计图纸、软件著作权 3 项及装配工艺文件。',
    startingPriceFen: String(300_000 * 100),
    incrementFen: String(10_000 * 100),
    depositFen: String(30_000 * 100),
    startsAt: new Date().toISOString(),
    endsAt: chinaAt(6, '16:00'),
  });
  await ready(open.id, 'linyi-enterprise', 'linyi-staff', `LSNS${chinaDay(0).replaceAll('-', '')}0031`);
  await ready(open.id, 'lixin-enterprise', 'linyi-staff', `NYYH${chinaDay(0).replaceAll('-', '')}0107`);
  await bid(open.id, 'linyi-enterprise', 300_000, 1);

  await lot('huaibei-university', {
    achievementId: achievement.get('idler-acoustic')!,
    title: '矿用带式输送机托辊故障声学监测技术（专利实施许可）',
    description:
      '沿输送机布设拾音阵列，识别托辊卡阻、轴承磨损和异响，定位精度 1 个托辊间距，已在淮北矿区 2 条主运输皮带试运行 8 个月；独占许可 5 年。',
    startingPriceFen: String(200_000 * 100),
    reservePriceFen: String(260_000 * 100),
    incrementFen: String(5_000 * 100),
    depositFen: String(20_000 * 100),
    startsAt: chinaAt(4, '09:00'),
    endsAt: chinaAt(8, '16:00'),
  });

  const sold = await lot('bozhou-institute', {
    achievementId: achievement.get('peony-processing')!,
    title: '亳白芍规范化种植与产地趁鲜切制加工技术（技术秘密转让）',
    description:
      '亳白芍 GAP 种植技术规程、病虫害绿色防控方案和产地趁鲜切制、低温烘干成套工艺，饮片芍药苷含量稳定高于药典标准 30% 以上；含 2 年技术服务。',
    startingPriceFen: String(380_000 * 100),
    reservePriceFen: String(400_000 * 100),
    incrementFen: String(10_000 * 100),
    depositFen: String(40_000 * 100),
    startsAt: new Date().toISOString(),
    endsAt: chinaAt(3, '16:00'),
    winnerAnonymous: false,
  });
  // Its window as the bidders accepted it: opened two days ago, closing ten minutes from now.
  // (whole seconds: a bid carries the end on in milliseconds, and the end never goes back)
  await ds.query(
    `UPDATE auction_lot SET starts_at = date_trunc('second', now()) - interval '2 days',
       scheduled_ends_at = date_trunc('second', now()) + interval '10 minutes',
       ends_at = date_trunc('second', now()) + interval '10 minutes' WHERE id = $1`,
    [sold.id],
  );
  await ready(sold.id, 'lixin-enterprise', 'bozhou-staff', `HZNS${chinaDay(-1).replaceAll('-', '')}0218`);
  await ready(sold.id, 'xichou-enterprise', 'bozhou-staff', `WSNS${chinaDay(-1).replaceAll('-', '')}0045`);
  let n = 0;
  for (const [bidder, yuan] of [
    ['lixin-enterprise', 380_000],
    ['xichou-enterprise', 400_000],
    ['lixin-enterprise', 420_000],
    ['xichou-enterprise', 440_000],
    ['lixin-enterprise', 460_000],
  ] as const)
    await bid(sold.id, bidder, yuan, ++n);
  // The end comes: then the worker's close and settlement, run here at once.
  await ds.query(
    `UPDATE auction_lot SET scheduled_ends_at = date_trunc('milliseconds', clock_timestamp()),
       ends_at = date_trunc('milliseconds', clock_timestamp()) WHERE id = $1`,
    [sold.id],
  );
  await app.get(AuctionClosing).closeDue();
  await app.get(SaleSettlementService).settleAuction(sold.id);
  return open.id;
}

export const tradingDemoLoader: DemoLoader = { name: 'trading', load: loadTradingDemo };
