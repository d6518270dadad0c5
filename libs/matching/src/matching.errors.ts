import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum MatchingErrorCode {
  MATCHING_UNAVAILABLE = 'MATCHING_UNAVAILABLE',
}

export const matchingErrorStatus: ErrorStatusMap<MatchingErrorCode> = {
  MATCHING_UNAVAILABLE: 503,
};

/** The search engine that gathers candidates did not answer. */
export class MatchingUnavailableError extends AppError {
  constructor() {
    super(MatchingErrorCode.MATCHING_UNAVAILABLE, '匹配服务暂不可用，请稍后再试');
  }
}
