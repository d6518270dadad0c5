import type { DataSource } from 'typeorm';
import { StatisticsLedger, type LedgerEntry } from '../../libs/statistics/src/index.js';
import type { DemoLoader } from './load-demo.js';
import { seededRandom, uuidFromText } from '../../libs/shared/random/index.js';

/**
 * DEMO STAND-IN for the contracts lib (issue 7): certified contracts written straight into the
 * statistics ledger (source 'import', registration numbers DEMO-…), with a few amendments and
 * cancellations, so the dashboards and target progress have figures. Replace this loader with
 * real demo contracts certified through the contracts lib once it exists.
 *
 * Deterministic (seeded PRNG), dated from January 2024 to the month before `until`.
 */

const CITIES: Record<string, { counties: string[]; scaleYuan: [number, number]; weight: number }> = {
  // 淮北's plan aims at 100亿元 absorbed a year: big deals, so the demo sits near the target.
  '340600': { counties: ['340602', '340603', '340604', '340621'], scaleYuan: [80_000_000, 400_000_000], weight: 5 },
  '341600': { counties: ['341602', '341621', '341622', '341623'], scaleYuan: [1_000_000, 40_000_000], weight: 5 },
  '371300': {
    counties: ['371302', '371311', '371312', '371321', '371323', '371371'],
    scaleYuan: [500_000, 30_000_000],
    weight: 4,
  },
  '210600': {
    counties: ['210602', '210603', '210604', '210681', '210682'],
    scaleYuan: [200_000, 10_000_000],
    weight: 3,
  },
  '532600': { counties: ['532601', '532622', '532623', '532627'], scaleYuan: [50_000, 2_000_000], weight: 2 },
};
const SELLERS: [string, string][] = [
  ['340104', '中国科学技术大学'],
  ['340111', '合肥工业大学'],
  ['370102', '山东大学'],
  ['210202', '大连理工大学'],
  ['530102', '昆明理工大学'],
  ['340602', '淮北师范大学'],
  ['341602', '亳州学院'],
  ['371302', '临沂大学'],
];
const TYPES: [string, string][] = [
  ['development', 'development.commissioned'],
  ['development', 'development.cooperative'],
  ['transfer', 'transfer.patent'],
  ['transfer', 'transfer.know_how'],
  ['licence', 'licence.non_exclusive'],
  ['consulting', 'consulting.general'],
  ['service', 'service.general'],
  ['service', 'service.training'],
];
const FIELDS = ['01', '03', '04', '05', '06', '07', '09', '10', '11'];
const BUYERS = [
  '煤化工有限公司',
  '新材料科技有限公司',
  '现代农业发展有限公司',
  '智能装备制造有限公司',
  '生物医药股份有限公司',
  '绿色能源有限公司',
];
const TOPICS = [
  '煤矸石综合利用技术开发',
  '高性能铝基复合材料研制',
  '中药材种植技术服务',
  '智能矿山巡检系统',
  '锂电池回收工艺',
  '农产品冷链物流平台',
  '工业废水处理工艺优化',
  '三七精深加工技术',
];

/** The demo ledger: about 360 certified contracts (10 a month) plus amendments and cancellations. */
export function demoLedgerEntries(until = '2026-11-01'): LedgerEntry[] {
  const rnd = seededRandom(20251123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cityCodes = Object.keys(CITIES).flatMap((c) => Array.from({ length: CITIES[c]!.weight }, () => c));
  const out: LedgerEntry[] = [];
  let serial = 0;
  for (
    let y = 2024, m = 1;
    `${y}-${String(m).padStart(2, '0')}-01` < until;
    m === 12 ? ((y += 1), (m = 1)) : (m += 1)
  ) {
    for (let i = 0; i < 10; i++) {
      serial += 1;
      const city = pick(cityCodes);
      const spec = CITIES[city]!;
      const buyer = pick(spec.counties);
      const [sellerRegion, sellerName] =
        rnd() < 0.3 ? [pick(spec.counties), `${pick(BUYERS).slice(0, 4)}研究院`] : pick(SELLERS);
      const [type, subtype] = pick(TYPES);
      const yuan = Math.round(spec.scaleYuan[0] + rnd() * (spec.scaleYuan[1] - spec.scaleYuan[0]));
      const fen = BigInt(yuan) * 100n;
      const tech = (fen * BigInt(60 + Math.floor(rnd() * 40))) / 100n;
      const date = `${y}-${String(m).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
      const registrationNo = `DEMO-${y}-${String(serial).padStart(5, '0')}`;
      const base = {
        contractId: uuidFromText(registrationNo),
        registrationNo,
        source: 'import' as const,
        sellerRegionCode: sellerRegion,
        buyerRegionCode: buyer,
        // The seller files at its own registry.
        registryRegionCode: sellerRegion,
        contractTypeCode: type,
        contractSubtypeCode: subtype,
        techFieldCode: pick(FIELDS),
        contractName: `${pick(TOPICS)}合同`,
        sellerName,
        buyerName: `${pick(BUYERS)}（${buyer}）`,
      };
      out.push({
        ...base,
        entryKind: 'certified',
        effectiveDate: date,
        countDelta: 1,
        contractAmountFen: `${fen}`,
        techAmountFen: `${tech}`,
      });
      const roll = rnd();
      const later = `${y}-${String(m).padStart(2, '0')}-28`;
      if (roll < 0.04) {
        out.push({
          ...base,
          entryKind: 'cancellation',
          effectiveDate: later,
          countDelta: -1,
          contractAmountFen: `${-fen}`,
          techAmountFen: `${-tech}`,
        });
      } else if (roll < 0.1) {
        out.push({
          ...base,
          entryKind: 'amendment',
          effectiveDate: later,
          countDelta: 0,
          contractAmountFen: `${fen / 10n}`,
          techAmountFen: `${tech / 10n}`,
        });
      }
    }
  }
  return out;
}

export const statisticsDemoLoader: DemoLoader = {
  name: 'statistics-ledger (demo stand-in for contracts)',
  async load(ds: DataSource): Promise<number> {
    const entries = demoLedgerEntries();
    await ds.transaction((em) => new StatisticsLedger().append(em, entries));
    return entries.length;
  },
};
