import { AppError, errorTable, fixedError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const SearchErrorCode = errorTable({
  SEARCH_UNAVAILABLE: 503,
  SYNONYMS_INVALID: 400,
  SYNONYMS_FORBIDDEN: 403,
});

export type SearchErrorCode = keyof typeof SearchErrorCode;

export class SearchUnavailableError extends fixedError(
  SearchErrorCode.SEARCH_UNAVAILABLE,
  '搜索服务暂时不可用，请稍后再试',
) {}

export class SynonymsInvalidError extends AppError {
  constructor(message: string, details?: unknown) {
    super(SearchErrorCode.SYNONYMS_INVALID, message, details);
  }
}

export class SynonymsForbiddenError extends fixedError(
  SearchErrorCode.SYNONYMS_FORBIDDEN,
  '只有平台管理员可以维护同义词表',
) {}
