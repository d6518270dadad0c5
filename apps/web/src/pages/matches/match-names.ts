import type { MatchBandCode } from '../../../../../libs/shared/match-degree/index.js';

export const KIND_PATH = { need: 'needs', achievement: 'achievements', challenge: 'challenges' } as const;

export const TRL_FIT: Record<string, { text: string; color: string }> = {
  ready: { text: '可产业化（7–9 级）', color: 'green' },
  pilot: { text: '中试阶段（4–6 级）', color: 'blue' },
  early: { text: '研究阶段（1–3 级）', color: 'orange' },
  unknown: { text: '成熟度未知', color: 'default' },
};
export const BUDGET_FIT: Record<string, { text: string; color: string }> = {
  within_budget: { text: '报价在预算内', color: 'green' },
  over_budget: { text: '报价超出预算', color: 'orange' },
  negotiable: { text: '价格面议', color: 'blue' },
  unknown: { text: '预算或报价未填', color: 'default' },
};
export const REGION_FIT: Record<string, { text: string; color: string }> = {
  same_region: { text: '同一地区', color: 'green' },
  same_city: { text: '同一城市', color: 'green' },
  same_province: { text: '同一省份', color: 'blue' },
  other: { text: '跨省', color: 'default' },
};

/** The match-degree bands' colours (their thresholds and words are libs/shared/match-degree's). */
export const BAND_COLORS: Record<MatchBandCode, string> = {
  high: '#389e0d',
  medium: '#1677ff',
  low: '#d48806',
  weak: 'rgba(0,0,0,.45)',
};
