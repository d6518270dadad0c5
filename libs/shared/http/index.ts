export { PageQueryDto, pageOffset, toPage, MAX_PAGE_SIZE, type Page, type PageRequest } from './page.js';
export { IdempotencyModule } from './idempotency.module.js';
export {
  IdempotencyService,
  IDEMPOTENCY_TTL_SECONDS,
  type IdempotentRequest,
  type IdempotentResult,
} from './idempotency.service.js';
export { IdempotencyErrorCode, IdempotencyError } from './idempotency.errors.js';
export { canonicalJson, requestFingerprint } from './fingerprint.js';
export { ApiIdempotencyKey, IdempotencyKey } from './idempotency-key.decorator.js';
export { exceedsJsonDepth } from './json-depth.js';
export { contentDisposition } from './content-disposition.js';
export { NestedObject, NestedObjectArray } from './nested.js';
export type { JsonView } from './json-view.js';
