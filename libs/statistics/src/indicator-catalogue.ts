import type { Perspective } from './ledger-entry.js';

export type IndicatorUnit = 'yuan' | 'count' | 'percent';
/** The word a count is read with: 300 项 achievements, 500 家 enterprises, 100 人. */
export type CountWord = '项' | '家' | '个' | '人' | '次' | '张' | '笔';
/** The registries of things the plans count (libs/registries), one measure each. */
export const REGISTRY_MEASURES = [
  'high_tech_enterprise',
  'tech_sme',
  'pilot_base',
  'transfer_center',
  'transfer_park',
  'innovation_platform',
  'common_rd_platform',
  'tech_innovation_center',
  'sci_tech_commissioner',
  'commissioner_team',
] as const;
export type RegistryMeasure = (typeof REGISTRY_MEASURES)[number];
/** Counts other libs keep and report through the IndicatorSources port. */
export type RecordMeasure =
  'achievements_converted' | 'challenges_published' | RegistryMeasure | VoucherMeasure | LoanMeasure;
/** Innovation vouchers (libs/vouchers), by the issuing programme's region: approvals, redemptions, the subsidy redeemed (fen). */
export const VOUCHER_MEASURES = ['vouchers_approved', 'vouchers_redeemed', 'voucher_subsidy_redeemed'] as const;
export type VoucherMeasure = (typeof VOUCHER_MEASURES)[number];
/** 成果转化贷款备案 (libs/loans), by the borrowing enterprise's region and the filing date: loans, amount (fen). */
export const LOAN_MEASURES = ['loans_filed', 'loan_amount_filed'] as const;
export type LoanMeasure = (typeof LOAN_MEASURES)[number];
export const RECORD_MEASURES: readonly RecordMeasure[] = [
  'achievements_converted',
  'challenges_published',
  ...REGISTRY_MEASURES,
  ...VOUCHER_MEASURES,
  ...LOAN_MEASURES,
];

export type IndicatorSource =
  /** The technology-contract ledger's monthly rollups. */
  | { kind: 'ledger'; measure: 'contractAmountFen' | 'techAmountFen'; perspective: Perspective }
  /** Records held on the platform, counted by the libs that own them. */
  | { kind: 'records'; measure: RecordMeasure }
  /** A value the bureau enters for a year, approved by a second bureau user. */
  | { kind: 'reported' };

export interface IndicatorDef {
  unit: IndicatorUnit;
  countWord?: CountWord;
  source: IndicatorSource;
  /** 清零 targets (enterprises without R&D): fewer is better. */
  lowerIsBetter?: true;
}

const registry = (measure: RegistryMeasure, countWord: CountWord): IndicatorDef => ({
  unit: 'count',
  countWord,
  source: { kind: 'records', measure },
});

const reported = (unit: IndicatorUnit, countWord?: CountWord, lowerIsBetter?: true): IndicatorDef => ({
  unit,
  ...(countWord ? { countWord } : {}),
  source: { kind: 'reported' },
  ...(lowerIsBetter ? { lowerIsBetter } : {}),
});

/**
 * THE table of where each plan indicator's figure comes from, one row per indicator code of
 * seeds/reference/policy-targets.csv. The market measures what it holds: contract amounts
 * from the ledger (where a plan names no perspective — 丹东's and 西畴's 技术合同交易额 — the
 * registry's own figure, 登记, is the one a city or county publishes), achievements converted
 * and 揭榜挂帅 projects from its records. Everything else (R&D spending, funds, talents, the
 * registries' counts until the market keeps those registries) is a figure the bureau reports
 * for a year with its source document, approved by a second user.
 *
 * A code not listed here (a target added later) is reported, in the target's own unit.
 */
export const INDICATORS: Readonly<Record<string, IndicatorDef>> = {
  tech_contract_amount: {
    unit: 'yuan',
    source: { kind: 'ledger', measure: 'contractAmountFen', perspective: 'absorption' },
  },
  tech_transaction_amount: {
    unit: 'yuan',
    source: { kind: 'ledger', measure: 'contractAmountFen', perspective: 'registered' },
  },
  achievements_converted: {
    unit: 'count',
    countWord: '项',
    source: { kind: 'records', measure: 'achievements_converted' },
  },
  key_tech_research_projects: {
    unit: 'count',
    countWord: '项',
    source: { kind: 'records', measure: 'challenges_published' },
  },

  // Registries: annual and cumulative targets count entries recognised (built, dispatched) in
  // the period; level targets count the entries in force at the time.
  high_tech_enterprises: registry('high_tech_enterprise', '家'),
  tech_smes: registry('tech_sme', '家'),
  pilot_bases: registry('pilot_base', '个'),
  transfer_parks: registry('transfer_park', '个'),
  transfer_centers: registry('transfer_center', '个'),
  innovation_platforms_new: registry('innovation_platform', '家'),
  industry_common_rd_platforms_new: registry('common_rd_platform', '家'),
  tech_innovation_centers: registry('tech_innovation_center', '个'),
  sci_tech_commissioners: registry('sci_tech_commissioner', '人'),
  sci_tech_commissioner_teams: registry('commissioner_team', '个'),
  // Innovation vouchers (创新券): 临沂's 兑现创新券补助 and the like, from the vouchers the market runs.
  innovation_vouchers_approved: {
    unit: 'count',
    countWord: '张',
    source: { kind: 'records', measure: 'vouchers_approved' },
  },
  innovation_vouchers_redeemed: {
    unit: 'count',
    countWord: '张',
    source: { kind: 'records', measure: 'vouchers_redeemed' },
  },
  innovation_voucher_subsidy_redeemed: {
    unit: 'yuan',
    source: { kind: 'records', measure: 'voucher_subsidy_redeemed' },
  },
  // 成果转化贷款备案: 临沂's 备案科技成果转化贷款 (笔, 亿元), from the filings banks make on the market.
  achievement_loans_filed: {
    unit: 'count',
    countWord: '笔',
    source: { kind: 'records', measure: 'loans_filed' },
  },
  achievement_loan_amount: {
    unit: 'yuan',
    source: { kind: 'records', measure: 'loan_amount_filed' },
  },
  // A ratio of two years' counts: reported until a registry holds the base year's records.
  high_tech_enterprises_ratio_to_base: reported('percent'),
  tech_smes_ratio_to_base: reported('percent'),

  rd_expenditure_growth: reported('percent'),
  sci_tech_assistants: reported('count', '人'),
  enterprises_without_rd_activity: reported('count', '家', true),
  enterprises_without_rd_institution: reported('count', '家', true),
  tech_loan_growth_margin: reported('percent'),
  enterprises_with_rd_institution_share: reported('percent'),
  talent_enclaves_new: reported('count', '家'),
  key_talents_recruited: reported('count', '人'),
  foreign_experts_recruited: reported('count', '人'),
  innovation_competitions: reported('count', '次'),
  innovation_talents_recruited: reported('count', '人'),
  fiscal_sci_tech_funding_growth: reported('percent'),
  sci_tech_progress_contribution_rate: reported('percent'),
  incubator_tenants: reported('count', '个'),
  high_end_talents_flexible: reported('count', '人'),
  farmer_technicians_trained: reported('count', '人'),
  higher_level_sci_tech_funding: reported('yuan'),
  investment_attracted: reported('yuan'),
  major_sci_tech_projects: reported('count', '个'),
  public_welfare_transfer_project_share: reported('percent'),
  soe_rd_intensity: reported('percent'),
  joint_project_share: reported('percent'),
  guide_fund_early_stage_share: reported('percent'),
  innovation_fund_early_stage_share: reported('percent'),
};

/** The row for an indicator code; an unlisted code is reported in `unit`. */
export function indicatorDef(code: string, unit: IndicatorUnit): IndicatorDef {
  return INDICATORS[code] ?? reported(unit, unit === 'count' ? '个' : undefined);
}

const PERSPECTIVE_NAMES: Record<Perspective, string> = { absorption: '吸纳', output: '输出', registered: '登记' };
const RECORD_NAMES: Record<RecordMeasure, string> = {
  achievements_converted: '平台记录：认定登记技术合同所涉科技成果（按成果去重）及揭榜挂帅立项项目',
  challenges_published: '平台记录：发布的揭榜挂帅（技术攻关）项目',
  high_tech_enterprise: '平台名录：高新技术企业（科技局登记的认定证书）',
  tech_sme: '平台名录：科技型中小企业（科技局登记的入库编号）',
  pilot_base: '平台名录：科技成果转化中试（产业化）基地',
  transfer_center: '平台名录：科技成果转化中心',
  transfer_park: '平台名录：科技成果转移转化园区',
  innovation_platform: '平台名录：创新平台',
  common_rd_platform: '平台名录：产业共性研发平台',
  tech_innovation_center: '平台名录：专业技术创新中心',
  sci_tech_commissioner: '平台名录：选派的科技特派员（按派出日期）',
  commissioner_team: '平台名录：选派的科技特派团（按派出日期）',
  vouchers_approved: '平台记录：科技局批准的创新券（按批准日期，计入发券地区）',
  vouchers_redeemed: '平台记录：兑付的创新券（按兑付日期，计入发券地区）',
  voucher_subsidy_redeemed: '平台记录：兑付的创新券补助金额（按兑付日期，计入发券地区）',
  loans_filed: '平台记录：金融机构备案的科技成果转化贷款（按备案日期，计入借款企业所在地区）',
  loan_amount_filed: '平台记录：备案的科技成果转化贷款金额（按备案日期，计入借款企业所在地区）',
};

/** How a figure from this source is described beside it. */
export function sourceLabel(source: IndicatorSource): string {
  switch (source.kind) {
    case 'ledger':
      return `技术合同认定登记台账：${PERSPECTIVE_NAMES[source.perspective]}口径${source.measure === 'techAmountFen' ? '技术交易额' : '合同成交额'}`;
    case 'records':
      return RECORD_NAMES[source.measure];
    case 'reported':
      return '科技局按年度填报（经另一位工作人员审核）';
  }
}
