import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum MatchingErrorCode {
  MATCHING_UNAVAILABLE = 'MATCHING_UNAVAILABLE',
  MATCH_FEEDBACK_NOT_PARTY = 'MATCH_FEEDBACK_NOT_PARTY',
}

export const matchingErrorStatus: ErrorStatusMap<MatchingErrorCode> = {
  MATCHING_UNAVAILABLE: 503,
  MATCH_FEEDBACK_NOT_PARTY: 403,
};

/** The search engine that gathers candidates did not answer. */
export class MatchingUnavailableError extends AppError {
  constructor() {
    super(MatchingErrorCode.MATCHING_UNAVAILABLE, '匹配服务暂不可用，请稍后再试');
  }
}

/** Feedback on a match from someone who owns neither listing and is not a broker. */
export class MatchFeedbackNotPartyError extends AppError {
  constructor() {
    super(MatchingErrorCode.MATCH_FEEDBACK_NOT_PARTY, '只有需求或成果的发布单位及技术经纪人可以反馈匹配结果');
  }
}
