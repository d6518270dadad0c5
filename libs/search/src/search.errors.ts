import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum SearchErrorCode {
  SEARCH_UNAVAILABLE = 'SEARCH_UNAVAILABLE',
  SYNONYMS_INVALID = 'SYNONYMS_INVALID',
  SYNONYMS_FORBIDDEN = 'SYNONYMS_FORBIDDEN',
}

export const searchErrorStatus: ErrorStatusMap<SearchErrorCode> = {
  SEARCH_UNAVAILABLE: 503,
  SYNONYMS_INVALID: 400,
  SYNONYMS_FORBIDDEN: 403,
};

export class SearchUnavailableError extends AppError {
  constructor() {
    super(SearchErrorCode.SEARCH_UNAVAILABLE, '搜索服务暂时不可用，请稍后再试');
  }
}

export class SynonymsInvalidError extends AppError {
  constructor(message: string, details?: unknown) {
    super(SearchErrorCode.SYNONYMS_INVALID, message, details);
  }
}

export class SynonymsForbiddenError extends AppError {
  constructor() {
    super(SearchErrorCode.SYNONYMS_FORBIDDEN, '只有平台管理员可以维护同义词表');
  }
}
