export {
  MATCH_BANDS,
  bandMin,
  matchBand,
  matchDegreeText,
  matchPercent,
  type MatchBand,
  type MatchBandCode,
} from './match-degree.js';
