/**
 * The match degree people read: the similarity of two listings' texts (the cosine of their
 * log-tf · idf word vectors, in [0, 1]; libs/matching MatchEngine.similarity) as a whole per
 * cent, and the band it falls in. The match list, the listing pages and the match alerts' mails
 * all say it with these words, so a listing the list calls 较为相关 is never 高度相关 in a mail.
 *
 * Bands from the similarities measured on kg-dev.tsv (libs/matching/README.md, "Alert
 * threshold"): the best unrelated listing of a need is at or below 0.208 in 90 % of needs and
 * 0.366 in 99 %, while half of the true pairs reach 0.393. So 0.40 and up is 高度相关 (hardly any
 * unrelated listing gets there), 0.20 — the alert threshold — is 较为相关, 0.10 部分相关 (true pairs'
 * 10th percentile is 0.143), and below that 相关度低.
 */
export type MatchBandCode = 'high' | 'medium' | 'low' | 'weak';

export interface MatchBand {
  code: MatchBandCode;
  /** The lowest similarity of the band. */
  min: number;
  label: string;
}

/** Highest first. */
export const MATCH_BANDS: readonly MatchBand[] = [
  { code: 'high', min: 0.4, label: '高度相关' },
  { code: 'medium', min: 0.2, label: '较为相关' },
  { code: 'low', min: 0.1, label: '部分相关' },
  { code: 'weak', min: 0, label: '相关度低' },
];

const clamp = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/**
 * The degree in whole per cent, 0–100, rounded down so that the per cent and the band always
 * agree (a similarity of 0.199 is 19 %, 部分相关, never "20 %").
 */
export function matchPercent(similarity: number): number {
  // the epsilon keeps 0.29 (stored with three decimals) at 29 % despite binary floating point
  return Math.floor(clamp(similarity) * 100 + 1e-9);
}

/** The band of a similarity. */
export function matchBand(similarity: number): MatchBand {
  const s = clamp(similarity);
  return MATCH_BANDS.find((b) => s >= b.min) ?? MATCH_BANDS[MATCH_BANDS.length - 1]!;
}

/** The lowest similarity of a band (the match alert threshold is the 较为相关 band's). */
export function bandMin(code: MatchBandCode): number {
  return MATCH_BANDS.find((b) => b.code === code)!.min;
}

/** "较为相关（匹配度 24%）". */
export function matchDegreeText(similarity: number): string {
  return `${matchBand(similarity).label}（匹配度 ${matchPercent(similarity)}%）`;
}
