import { errorTable, fixedError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const MatchingErrorCode = errorTable({
  MATCHING_UNAVAILABLE: 503,
  MATCH_FEEDBACK_NOT_PARTY: 403,
});

export type MatchingErrorCode = keyof typeof MatchingErrorCode;

/** The search engine that gathers candidates did not answer. */
export class MatchingUnavailableError extends fixedError(
  MatchingErrorCode.MATCHING_UNAVAILABLE,
  '匹配服务暂不可用，请稍后再试',
) {}

/** Feedback on a match from someone who owns neither listing and is not a broker. */
export class MatchFeedbackNotPartyError extends fixedError(
  MatchingErrorCode.MATCH_FEEDBACK_NOT_PARTY,
  '只有需求或成果的发布单位及技术经纪人可以反馈匹配结果',
) {}
