import { FEN_PER_WAN, formatWan } from '../../shared/money/index.js';

/**
 * 企业创新积分: a published formula's weights applied to an enterprise's platform facts. Pure and
 * integer-only, so the same inputs under the same version always give the same score.
 */
export const SCORE_INPUTS = [
  'buyer_contracts',
  'buyer_amount_wan',
  'rd_contracts',
  'high_tech_enterprise',
  'tech_sme',
  'awards',
] as const;
export type ScoreInput = (typeof SCORE_INPUTS)[number];

export interface ScoreInputDef {
  name: string;
  /** The unit the input is counted in (a step is `per` of them). */
  unit: string;
  /** Where the platform takes it from; null: the platform records no such fact. */
  source: string | null;
}

export const SCORE_INPUT_DEFS: Readonly<Record<ScoreInput, ScoreInputDef>> = {
  buyer_contracts: {
    name: '作为买方认定登记的技术合同',
    unit: '项',
    source: '技术合同认定登记（本企业为买方，未撤销）',
  },
  buyer_amount_wan: { name: '作为买方的技术合同成交额', unit: '万元', source: '技术合同认定登记（核定成交额）' },
  rd_contracts: { name: '研发合作：技术开发合同', unit: '项', source: '技术合同认定登记（技术开发类，本企业为买方）' },
  high_tech_enterprise: { name: '高新技术企业', unit: '是/否', source: '企业名录（证书在有效期内）' },
  tech_sme: { name: '科技型中小企业', unit: '是/否', source: '企业名录（入库编号在有效期内）' },
  awards: { name: '科技奖励', unit: '项', source: null },
};

export interface Weight {
  /** Points per step. */
  points: number;
  /** Units per step (default 1). */
  per?: number;
  /** The most points this input can give. */
  cap: number;
}
export type Weights = Readonly<Record<ScoreInput, Weight>>;

/** An input's value: a count, fen for the amount, 0/1 for a registry, null when there is no source. */
export type ScoreFacts = Readonly<Record<ScoreInput, bigint | null>>;

/** An enterprise with nothing on the platform: every input 0, awards without a source. */
export const NO_FACTS: ScoreFacts = {
  buyer_contracts: 0n,
  buyer_amount_wan: 0n,
  rd_contracts: 0n,
  high_tech_enterprise: 0n,
  tech_sme: 0n,
  awards: null,
};

export interface ScoreLine {
  input: ScoreInput;
  name: string;
  /** The value as shown (count, 万元 with 2 decimals, 是/否, or 暂无数据来源). */
  valueText: string;
  source: string;
  weightText: string;
  points: number;
}

export interface ScoreResult {
  score: number;
  lines: ScoreLine[];
}

const steps = (input: ScoreInput, value: bigint, per: bigint): bigint =>
  input === 'buyer_amount_wan' ? value / (per * FEN_PER_WAN) : value / per;

const valueText = (input: ScoreInput, value: bigint | null): string => {
  if (value === null) return '暂无数据来源';
  if (input === 'high_tech_enterprise' || input === 'tech_sme') return value > 0n ? '是' : '否';
  // in 万元 as every page writes amounts: grouped, rounded once by the shared rule
  if (input === 'buyer_amount_wan') return `${formatWan(value)} 万元`;
  return value.toString();
};

const weightText = (input: ScoreInput, w: Weight): string => {
  const def = SCORE_INPUT_DEFS[input];
  if (w.points === 0) return '不计分';
  if (def.unit === '是/否') return `列入名录得 ${Math.min(w.points, w.cap)} 分`;
  const per = w.per ?? 1;
  return `${per === 1 ? `每${def.unit}` : `每 ${per} ${def.unit}`}得 ${w.points} 分，最高 ${w.cap} 分`;
};

export function computeScore(weights: Weights, facts: ScoreFacts): ScoreResult {
  const lines = SCORE_INPUTS.map((input): ScoreLine => {
    const w = weights[input];
    const value = facts[input];
    const raw = value === null || value < 0n ? 0n : steps(input, value, BigInt(w.per ?? 1)) * BigInt(w.points);
    const points = Number(raw > BigInt(w.cap) ? BigInt(w.cap) : raw);
    return {
      input,
      name: SCORE_INPUT_DEFS[input].name,
      valueText: valueText(input, value),
      source: SCORE_INPUT_DEFS[input].source ?? '暂无数据来源',
      weightText: weightText(input, w),
      points,
    };
  });
  return { score: lines.reduce((n, l) => n + l.points, 0), lines };
}

/** Problems with a formula about to be published (every input weighed, whole non-negative numbers). */
export function weightProblems(weights: Partial<Record<string, Partial<Weight>>>): string[] {
  const problems: string[] = [];
  for (const input of SCORE_INPUTS) {
    const w = weights[input];
    const name = SCORE_INPUT_DEFS[input].name;
    if (!w) {
      problems.push(`缺少「${name}」的权重`);
      continue;
    }
    const int = (v: unknown, min: number, max: number) =>
      Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
    if (!int(w.points, 0, 100)) problems.push(`「${name}」的每步分值须是 0 到 100 的整数`);
    if (!int(w.cap, 0, 1000)) problems.push(`「${name}」的最高分须是 0 到 1000 的整数`);
    if (w.per !== undefined && !int(w.per, 1, 100000)) problems.push(`「${name}」的步长须是 1 到 100000 的整数`);
    if (SCORE_INPUT_DEFS[input].source === null && (w.points ?? 0) !== 0)
      problems.push(`「${name}」暂无数据来源，分值须为 0`);
  }
  return problems;
}
