/**
 * Benefit distribution of a conversion: the share of net income that goes to the research team
 * and to the tech-transfer staff. Below a region's minimum is a warning, not an error: the
 * contract is still valid, the registry and the parties are told.
 */
export interface BenefitRule {
  /** Region the rule applies to (and everything under it); null for the national rule. */
  regionCode: string | null;
  share: 'team' | 'staff';
  minPercent: number;
  source: string;
}

export const BENEFIT_RULES: readonly BenefitRule[] = [
  { regionCode: null, share: 'team', minPercent: 50, source: '促进科技成果转化法 第四十五条（不低于 50%）' },
  { regionCode: '532623', share: 'team', minPercent: 60, source: '西畴县科技成果转化实施方案（不低于 60%）' },
  {
    regionCode: '340600',
    share: 'staff',
    minPercent: 5,
    source: '淮北市科技成果转化政策（技术转移人员不低于净收入的 5%）',
  },
];

export interface BenefitWarning {
  code: 'TEAM_SHARE_BELOW_MINIMUM' | 'STAFF_SHARE_BELOW_MINIMUM';
  share: 'team' | 'staff';
  minPercent: number;
  actualPercent: number;
  regionCode: string | null;
  source: string;
  message: string;
}

/**
 * Warnings for a seller in the region chain `regionChain` (the region itself and its ancestors).
 * For each share only the strictest applicable rule is reported. Shares left empty are not
 * judged: not every contract is a conversion of a public achievement.
 */
export function benefitWarnings(
  regionChain: readonly string[],
  shares: { teamPercent: number | null; staffPercent: number | null },
  rules: readonly BenefitRule[] = BENEFIT_RULES,
): BenefitWarning[] {
  const out: BenefitWarning[] = [];
  for (const share of ['team', 'staff'] as const) {
    const actual = share === 'team' ? shares.teamPercent : shares.staffPercent;
    if (actual === null) continue;
    const applicable = rules.filter(
      (r) => r.share === share && (r.regionCode === null || regionChain.includes(r.regionCode)),
    );
    if (applicable.length === 0) continue;
    const strictest = applicable.reduce((a, b) => (b.minPercent > a.minPercent ? b : a));
    if (actual < strictest.minPercent) {
      out.push({
        code: share === 'team' ? 'TEAM_SHARE_BELOW_MINIMUM' : 'STAFF_SHARE_BELOW_MINIMUM',
        share,
        minPercent: strictest.minPercent,
        actualPercent: actual,
        regionCode: strictest.regionCode,
        source: strictest.source,
        message: `${share === 'team' ? '科研团队' : '技术转移人员'}收益比例 ${actual}% 低于 ${strictest.minPercent}% 的要求（${strictest.source}）`,
      });
    }
  }
  return out;
}

/** Shares are per cent with at most two decimals, each 0–100, together at most 100. */
export function benefitShareProblems(
  teamPercent: number | null,
  staffPercent: number | null,
): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  const check = (field: string, v: number | null) => {
    if (v === null) return;
    if (!Number.isFinite(v) || v < 0 || v > 100 || Math.round(v * 100) !== v * 100) {
      problems.push({ field, messages: ['必须是 0 到 100 之间、最多两位小数的百分比'] });
    }
  };
  check('benefit.teamPercent', teamPercent);
  check('benefit.staffPercent', staffPercent);
  if (problems.length === 0 && (teamPercent ?? 0) + (staffPercent ?? 0) > 100) {
    problems.push({ field: 'benefit', messages: ['科研团队与技术转移人员的收益比例之和不能超过 100%'] });
  }
  return problems;
}
