import type { ChineseTokenizer } from '../text/chinese-tokenizer.js';

/** The structured side of a listing, as far as matching explains it. */
export interface ListingFacts {
  title: string;
  description: string;
  keywords: readonly string[];
  techFieldCode: string;
  regionCode: string;
  /** The region and its ancestors (own code included) when known. */
  regionCodes?: readonly string[];
  trl?: number;
  transferModes?: readonly string[];
  cooperationModes?: readonly string[];
  /** Achievement asking price, or undefined/null when negotiable or unknown. */
  priceFen?: number | null;
  negotiable?: boolean;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
}

export type TrlFit = 'ready' | 'pilot' | 'early' | 'unknown';
export type ModeFit = 'match' | 'no_match' | 'unknown';
export type BudgetFit = 'within_budget' | 'over_budget' | 'negotiable' | 'unknown';
export type RegionRelation = 'same_region' | 'same_city' | 'same_province' | 'other';

export interface MatchExplanation {
  /** Terms that occur in both texts, most distinctive first (each is in both, by construction). */
  sharedTerms: string[];
  sameTechField: boolean;
  trl: { value: number | null; fit: TrlFit };
  transferMode: { fit: ModeFit; common: string[] };
  budget: { fit: BudgetFit; priceFen: number | null; budgetMaxFen: number | null };
  region: { relation: RegionRelation; commonRegionCode: string | null };
}

/** Which achievement transfer modes serve which need cooperation modes. */
const SERVES: Record<string, readonly string[]> = {
  transfer: ['transfer'],
  licence: ['licence'],
  cooperative_development: ['cooperation', 'equity'],
  commissioned_development: ['cooperation'],
  consulting: ['cooperation', 'other'],
  service: ['cooperation', 'other'],
  other: ['other', 'self_implementation', 'equity'],
};

/** GB/T 22900-2022: 7–9 proven in the real environment, 4–6 prototype/pilot, 1–3 research. */
export function trlFit(trl: number | undefined): TrlFit {
  if (trl === undefined || trl === null) return 'unknown';
  return trl >= 7 ? 'ready' : trl >= 4 ? 'pilot' : 'early';
}

function level(code: string): 'province' | 'city' | 'county' {
  return code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
}

/** The closest region both listings lie in. */
export function regionRelation(
  a: ListingFacts,
  b: ListingFacts,
): { relation: RegionRelation; commonRegionCode: string | null } {
  if (a.regionCode === b.regionCode) return { relation: 'same_region', commonRegionCode: a.regionCode };
  const ca = new Set(a.regionCodes ?? [a.regionCode]);
  const common = (b.regionCodes ?? [b.regionCode]).filter((c) => ca.has(c));
  const city = common.find((c) => level(c) === 'city');
  if (city) return { relation: 'same_city', commonRegionCode: city };
  const province = common.find((c) => level(c) === 'province');
  if (province) return { relation: 'same_province', commonRegionCode: province };
  return { relation: 'other', commonRegionCode: null };
}

/**
 * Which words are worth showing as 共同关键词, by their document frequency over the corpus of
 * the listings matched against: a word in more than `maxDocShare` of them (at least `minDocs`
 * documents, so that a small corpus does not rule out every word) says nothing about this pair
 * — on kg-dev.tsv 方法 is in 31 % of the papers, 技术 17 %, 性能 9.5 %, 材料 5.8 %, 制备 4.2 %,
 * while 储能 is in 0.3 %, 电池 0.8 % (libs/matching/README.md, "Shared terms"). A term of one
 * character (a unit such as g, a letter, a digit) or a bare number is no key word either.
 * Only the explanation uses this; the ranking weighs every term by its IDF as before.
 */
export const SHARED_TERMS = { maxDocShare: 0.03, minDocs: 5, max: 8 };

/**
 * Words of any technical write-up that never say why two listings fit, whatever their document
 * frequency: in a small market (the demo's few hundred listings, a new county's first ones) the
 * frequency rule above lets them through — a 铌 need was shown 共同关键词 解决 / 市场 / 进展 with a
 * chip design. General language knowledge, not tuned on any evaluation file; the ranking is
 * untouched (it weighs every term by its IDF).
 */
const TOO_GENERAL = new Set(
  `技术 方法 方案 工艺 材料 制备 性能 系统 装置 设备 产品 制品 应用 适用 解决 提高 提升 降低 改善 优化 实现 开发 研发 研制
   市场 进展 发展 推广 合作 项目 企业 单位 行业 产业 领域 需求 要求 成果 转化 服务 生产 制造 质量 成本 效率 效果 能力 问题
   完成 开展 建立 形成 达到 满足 保证 确保 显著 良好 稳定 可靠 新型 高效 先进 关键 核心 综合 整体 一种 相应 有关 其中
   公司 我公司 本公司 目前 现有 希望 通过 采用 利用 进行 需要 左右 以上 以下 小于 大于 不足 超过 约为 年产 每年 每吨 万吨 万元
   亩产 每亩 合作开发 委托开发`.split(/\s+/),
);

/**
 * Characters that begin or end no two-character key word (particles, prepositions, measure
 * prefixes): a pair of characters with one of them at an edge is a cut through a phrase — 岩为
 * from 高岭岩为原料 — not a word both texts use.
 */
const PHRASE_EDGE = new Set([...'的了为在和与及等对将是以由其从于被把并或而也都就所之每约达已该']);
const isFragment = (term: string): boolean =>
  /^[\u4e00-\u9fff]{2}$/.test(term) && (PHRASE_EDGE.has(term[0]!) || PHRASE_EDGE.has(term[1]!));

export function isDistinctiveTerm(
  term: string,
  df: number,
  corpusSize: number,
  limits: { maxDocShare: number; minDocs: number } = SHARED_TERMS,
): boolean {
  if ([...term].length < 2 || /^[\d.,%]+$/.test(term) || TOO_GENERAL.has(term) || isFragment(term)) return false;
  return df <= Math.max(limits.minDocs, Math.ceil(limits.maxDocShare * corpusSize));
}

/**
 * The key terms two listings share, most distinctive first: the intersection of their analysed
 * term sets, so every term shown occurs in both texts, keeping only the distinctive ones
 * (`keep`). A term contained in a longer shared term is left out (电池 next to 锂离子电池
 * tells the reader nothing more).
 */
export function sharedKeyTerms(
  a: ReadonlySet<string>,
  b: Iterable<string>,
  weightOf: (term: string) => number,
  max = SHARED_TERMS.max,
  keep: (term: string) => boolean = () => true,
): string[] {
  const shared = [...new Set(b)]
    .filter((t) => a.has(t) && keep(t))
    .sort((x, y) => weightOf(y) - weightOf(x) || (x < y ? -1 : 1));
  return shared.filter((t) => !shared.some((u) => u !== t && u.includes(t))).slice(0, max);
}

/** The structured fit of a need ↔ achievement pair (no text involved). */
export function structuredFit(need: ListingFacts, achievement: ListingFacts): Omit<MatchExplanation, 'sharedTerms'> {
  const wanted = need.cooperationModes ?? [];
  const offered = new Set(achievement.transferModes ?? []);
  const common = wanted.filter((m) => (SERVES[m] ?? []).some((o) => offered.has(o)));
  const modeFit: ModeFit = wanted.length === 0 || offered.size === 0 ? 'unknown' : common.length ? 'match' : 'no_match';

  const price = achievement.priceFen ?? null;
  const budgetMax = need.budgetMaxFen ?? null;
  const budgetFit: BudgetFit =
    price === null
      ? achievement.negotiable
        ? 'negotiable'
        : 'unknown'
      : budgetMax === null
        ? 'unknown'
        : price <= budgetMax
          ? 'within_budget'
          : 'over_budget';

  return {
    sameTechField: need.techFieldCode === achievement.techFieldCode,
    trl: { value: achievement.trl ?? null, fit: trlFit(achievement.trl) },
    transferMode: { fit: modeFit, common },
    budget: { fit: budgetFit, priceFen: price, budgetMaxFen: budgetMax },
    region: regionRelation(need, achievement),
  };
}

/**
 * Explains one need ↔ achievement pair in terms a person checks: the key terms both texts
 * use, technical field, maturity, transfer mode, price against budget, and region.
 */
export function explainMatch(
  tokenizer: ChineseTokenizer,
  weightOf: (term: string) => number,
  need: ListingFacts,
  achievement: ListingFacts,
  maxTerms = SHARED_TERMS.max,
  keep: (term: string) => boolean = () => true,
): MatchExplanation {
  const textOf = (l: ListingFacts) => [l.title, ...l.keywords, l.description].join('\n');
  const sharedTerms = sharedKeyTerms(
    new Set(tokenizer.terms(textOf(need))),
    tokenizer.terms(textOf(achievement)),
    weightOf,
    maxTerms,
    keep,
  );
  return { sharedTerms, ...structuredFit(need, achievement) };
}

/**
 * The structured part of the score: small additions to the normalised text score, so that
 * between two texts about equally close the one that also fits in field, region, mode and
 * price ranks first. Weights in `SCORING.structured`.
 */
export function structuredBonus(
  e: Omit<MatchExplanation, 'sharedTerms'>,
  w: {
    sameTechField: number;
    modeMatch: number;
    withinBudget: number;
    trlReady: number;
    sameCity: number;
    sameProvince: number;
  },
): number {
  let s = 0;
  if (e.sameTechField) s += w.sameTechField;
  if (e.transferMode.fit === 'match') s += w.modeMatch;
  if (e.budget.fit === 'within_budget' || e.budget.fit === 'negotiable') s += w.withinBudget;
  if (e.trl.fit === 'ready') s += w.trlReady;
  if (e.region.relation === 'same_region' || e.region.relation === 'same_city') s += w.sameCity;
  else if (e.region.relation === 'same_province') s += w.sameProvince;
  return s;
}
