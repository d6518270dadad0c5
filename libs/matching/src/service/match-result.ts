import type { ListingKind, TransferMode, CooperationMode } from '../../../listings/src/index.js';
import type { MatchExplanation } from '../ranking/match-explanation.js';

/** Filters a caller may put on matches; validated by the API's DTO. */
export interface MatchFilter {
  techFieldCodes?: string[];
  /** Region subtree: only listings in this region or below. */
  region?: string;
  trlMin?: number;
  trlMax?: number;
  transferModes?: TransferMode[];
  limit: number;
}

/** One ranked match with the reasons a person can check. */
export interface MatchResult {
  kind: ListingKind;
  id: string;
  title: string;
  /** The text score over the best text score of this request, plus the structured factors. */
  score: number;
  /**
   * How close the two texts are, in [0, 1] (MatchEngine.similarity, the measure match alerts
   * use), shown as the match degree in per cent with the shared bands (libs/shared/match-degree).
   */
  similarity: number;
  techFieldCode: string;
  regionCode: string;
  /** Absent for anonymous needs. */
  orgName?: string;
  trl?: number;
  transferModes?: TransferMode[];
  cooperationModes?: CooperationMode[];
  priceFen: number | null;
  /** Title and description start with the shared terms in <em>…</em>, everything else HTML-escaped. */
  highlight: { title: string; description: string };
  explanation: MatchExplanation;
}
