import type { DataSource } from 'typeorm';
import { BrokerageModule, DEAL_STAGE_NAMES, DealService, type DealStage } from '../../libs/brokerage/src/index.js';
import {
  Clock,
  ContractsModule,
  ContractsService,
  RegistrationService,
  AdjustmentService,
} from '../../libs/contracts/src/index.js';
import { demoContext } from './demo-context.js';
import type { DemoLoader } from './demo-loader.js';
import { principalOf, type DemoUser } from './demo-principal.js';
import { seededRandom } from '../../libs/shared/random/index.js';
import { creditCodeCheckChar } from '../../libs/identity/src/index.js';
import { createHash } from 'node:crypto';

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid, stable 统一社会信用代码 for a demo buyer that is not on the platform (from its name). */
export function outsideCreditCode(name: string, regionCode: string): string {
  const digest = createHash('sha256').update(name).digest();
  let body = `91${regionCode}`;
  for (let i = 0; body.length < 17; i++) body += CREDIT_ALPHABET[digest[i]! % CREDIT_ALPHABET.length];
  return body + creditCodeCheckChar(body);
}

/**
 * Demo brokerage and contracts, written through the services (so audit rows, registration
 * numbers and the statistics ledger are real): deals in every stage run by the 临沂 broker,
 * and a few hundred contracts over the last three years, each submitted by its seller and
 * certified by the bureau of the seller's region on a past date (the Clock is frozen there).
 * Deterministic: a seeded PRNG, dates relative to the month of loading.
 */

const SUBTYPES = [
  'development.commissioned',
  'development.cooperative',
  'transfer.patent',
  'transfer.know_how',
  'transfer.other',
  'licence.exclusive',
  'licence.non_exclusive',
  'consulting.general',
  'service.general',
  'service.training',
  'service.intermediary',
];
/** Contract topics with the technical field each belongs to (a 三七 contract is 农业, not 核应用). */
const TOPICS: [topic: string, field: string][] = [
  ['秸秆综合利用', '07'],
  ['锂电池正极材料', '05'],
  ['智能数控机床', '03'],
  ['三七种植', '09'],
  ['中药饮片炮制', '04'],
  ['煤矸石资源化', '07'],
  ['仪器仪表校准', '01'],
  ['农机装备', '09'],
  ['污水处理', '07'],
  ['光伏组件', '06'],
  ['工业互联网平台', '01'],
  ['新型建材', '11'],
  ['无人机飞控', '02'],
  ['辐照育种', '08'],
  ['新能源汽车电驱', '10'],
];
/** Buyers that are not on the platform, with their regions. */
const OUTSIDE_BUYERS: [string, string][] = [
  ['合肥智造装备有限公司', '340104'],
  ['亳州药业集团有限公司', '341602'],
  ['蒙城县农机合作社', '341622'],
  ['临沂物流科技有限公司', '371311'],
  ['丹东港口机械有限公司', '210603'],
  ['文山三七产业集团有限公司', '532601'],
  ['济南软件园发展有限公司', '370102'],
  ['苏州精密制造有限公司', '320505'],
];

export async function loadContractsDemo(ds: DataSource): Promise<number> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('contracts demo: the data source has no url');
  const sellers = [
    'huaibei-university',
    'bozhou-institute',
    'dandong-institute',
    'linyi-university',
    'huaibei-enterprise',
    'linyi-enterprise',
    'dandong-enterprise',
    'xichou-enterprise',
  ];
  const bureauOf: Record<string, string> = {
    '3406': 'huaibei-staff',
    '3416': 'bozhou-staff',
    '3713': 'linyi-staff',
    '2106': 'dandong-staff',
    '5326': 'xichou-staff',
  };
  const users = new Map<string, DemoUser>();
  for (const login of [...sellers, ...Object.values(bureauOf), 'lixin-enterprise', 'linyi-broker']) {
    const u = await principalOf(ds, login);
    if (u) users.set(login, u);
  }
  const broker = users.get('linyi-broker');
  if (!broker || users.size < 5) return 0; // the identity demo is not there: nothing to attach to

  const app = await demoContext(url, [BrokerageModule, ContractsModule]);
  let created = 0;
  try {
    const deals = app.get(DealService);
    const contracts = app.get(ContractsService);
    const registration = app.get(RegistrationService);
    const adjustments = app.get(AdjustmentService);
    const clock = app.get(Clock);
    const rnd = seededRandom(20251126);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

    // Deals: one per stage and a few more, between platform organisations.
    const pairs: [string, string][] = [
      ['linyi-university', 'linyi-enterprise'],
      ['huaibei-university', 'huaibei-enterprise'],
      ['bozhou-institute', 'lixin-enterprise'],
      ['dandong-institute', 'dandong-enterprise'],
      ['linyi-university', 'lixin-enterprise'],
      ['huaibei-university', 'linyi-enterprise'],
      ['dandong-institute', 'linyi-enterprise'],
    ];
    const path: DealStage[] = ['contacted', 'introduced', 'negotiating', 'signed'];
    const targets: DealStage[] = ['lead', 'contacted', 'introduced', 'negotiating', 'signed', 'dropped', 'signed'];
    for (const [i, [s, b]] of pairs.entries()) {
      const seller = users.get(s);
      const buyer = users.get(b);
      if (!seller || !buyer) continue;
      const target = targets[i]!;
      let deal = await deals.open(broker.principal, {
        title: `${TOPICS[i % TOPICS.length]![0]}技术对接`,
        matchRef: `demo-match-${i + 1}`,
        parties: [
          { orgId: seller.principal.orgId, role: 'seller' },
          { orgId: buyer.principal.orgId, role: 'buyer' },
        ],
        commission: { percent: 3 + (i % 3), basis: 'tech_amount', note: '按技术交易额计提' },
        note: '由匹配结果生成',
      });
      created++;
      if (target === 'lead') continue;
      await deals.respond(seller.principal, deal.id, true);
      deal = await deals.respond(buyer.principal, deal.id, true);
      for (const stage of path) {
        if (target === 'dropped' && stage === 'introduced') {
          deal = await deals.move(broker.principal, deal.id, 'dropped', deal.version, '买方暂缓技术改造计划');
          break;
        }
        deal = await deals.move(
          broker.principal,
          deal.id,
          stage,
          deal.version,
          `${new Date().getFullYear()} 年对接进展：进入「${DEAL_STAGE_NAMES[stage]}」阶段`,
        );
        if (stage === target) break;
      }
      await deals.addNote(broker.principal, deal.id, '已向双方通报本季度对接情况');
    }

    // A university's or institute's contract mostly transfers one of its published achievements
    // (two in three; several contracts may share one), so that 累计转化科技成果 has records.
    const achievementsOf = new Map<string, string[]>();
    for (const u of users.values()) {
      if (u.principal.orgType === 'enterprise' || u.principal.orgType === 'bureau') continue;
      const rows: { id: string }[] = await ds.query(
        `SELECT id FROM achievement WHERE org_id = $1 AND status = 'published' ORDER BY id`,
        [u.principal.orgId],
      );
      achievementsOf.set(
        u.principal.orgId,
        rows.map((r) => r.id),
      );
    }

    // Contracts over the last 36 months, each certified on its registration date.
    const now = new Date();
    for (let i = 0; i < 240; i++) {
      const sellerLogin = pick(sellers);
      const seller = users.get(sellerLogin);
      const bureau = seller ? users.get(bureauOf[seller.principal.regionCode.slice(0, 4)] ?? '') : undefined;
      if (!seller || !bureau) continue;
      const monthsAgo = Math.floor(rnd() * 36);
      const certDay = new Date(
        Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, 1 + Math.floor(rnd() * 27), 2),
      );
      if (certDay > now) certDay.setUTCDate(1);
      const signed = new Date(certDay.getTime() - (10 + Math.floor(rnd() * 50)) * 86_400_000);
      const subtype = pick(SUBTYPES);
      const yuan = Math.round(50_000 + rnd() ** 3 * 20_000_000);
      const contractFen = BigInt(yuan) * 100n;
      const techFen = (contractFen * BigInt(60 + Math.floor(rnd() * 41))) / 100n;
      const onPlatformBuyer =
        rnd() < 0.4
          ? users.get(
              pick([
                'lixin-enterprise',
                'linyi-enterprise',
                'huaibei-enterprise',
                'dandong-enterprise',
                'xichou-enterprise',
              ]),
            )
          : undefined;
      const [outsideName, outsideRegion] = pick(OUTSIDE_BUYERS);
      const buyer =
        onPlatformBuyer && onPlatformBuyer.principal.orgId !== seller.principal.orgId
          ? { orgId: onPlatformBuyer.principal.orgId }
          : { name: outsideName, creditCode: outsideCreditCode(outsideName, outsideRegion), regionCode: outsideRegion };
      const academic = seller.principal.orgType !== 'enterprise';
      const own = achievementsOf.get(seller.principal.orgId) ?? [];
      const achievementId = academic && own.length > 0 && i % 3 !== 2 ? own[(i * 7) % own.length]! : null;
      const [topic, field] = pick(TOPICS);
      clock.freezeAt(signed);
      const draft = await contracts.create(seller.principal, {
        title: `${topic}${subtype.startsWith('development') ? '技术开发' : subtype.startsWith('transfer') ? '技术转让' : subtype.startsWith('licence') ? '技术许可' : subtype.startsWith('consulting') ? '技术咨询' : '技术服务'}合同`,
        contractSubtypeCode: subtype,
        techFieldCode: field,
        seller: {},
        buyer,
        contractAmountFen: contractFen.toString(),
        techAmountFen: techFen.toString(),
        signedOn: signed.toISOString().slice(0, 10),
        termStart: signed.toISOString().slice(0, 10),
        negotiatedPrice: false,
        achievementId,
        benefit: academic
          ? { teamPercent: 50 + Math.floor(rnd() * 30), staffPercent: 3 + Math.floor(rnd() * 5) }
          : null,
      });
      const submitted = await registration.submit(seller.principal, draft.id, draft.version, `demo-submit-${i}`);
      clock.freezeAt(certDay);
      // Every tenth contract is still waiting (some of them overdue by now).
      if (i % 10 === 9) {
        created++;
        continue;
      }
      const approvedTech = i % 7 === 0 ? (techFen * 9n) / 10n : techFen;
      const certified = await registration.certify(
        bureau.principal,
        draft.id,
        { version: submitted.version, approvedTechAmountFen: approvedTech.toString() },
        `demo-certify-${i}`,
      );
      created++;
      if (i % 25 === 3) {
        await adjustments.amend(bureau.principal, draft.id, {
          effectiveDate: certified.registration!.certifiedOn,
          contractAmountFen: ((contractFen * 11n) / 10n).toString(),
          techAmountFen: approvedTech.toString(),
          reason: '补充协议增加服务内容',
        });
      } else if (i % 40 === 7) {
        await adjustments.cancel(bureau.principal, draft.id, {
          effectiveDate: certified.registration!.certifiedOn,
          reason: '双方协商解除合同',
        });
      }
    }
    clock.freezeAt(null);
  } finally {
    await app.close();
  }
  return created;
}

export const contractsDemoLoader: DemoLoader = { name: 'contracts', load: loadContractsDemo };
