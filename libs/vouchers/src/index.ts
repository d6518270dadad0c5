export { VouchersModule } from './vouchers.module.js';
export { VoucherProgrammesService, type ProgrammeInput, type LedgerPage } from './voucher-programmes.service.js';
export {
  VoucherFlowService,
  type ApplyInput,
  type RedemptionInput,
  type VoucherListQuery,
} from './voucher-flow.service.js';
export { VoucherExpiry } from './voucher-expiry.js';
export { VoucherFactsReader } from './voucher-facts.js';
export { VoucherStatsService, type VoucherStatsResult, type VoucherFigures } from './voucher-stats.service.js';
export { VOUCHER_CATEGORIES, VOUCHER_CATEGORY_CODES, type VoucherCategory } from './voucher-categories.js';
export { VOUCHER_STATUSES, type VoucherStatus } from './voucher.repository.js';
export {
  VOUCHER_STATUS_NAMES,
  type ProgrammeView,
  type VoucherView,
  type LedgerEntryView,
  type CodeName,
} from './voucher-views.js';
export { VOUCHER_TOPICS, type VoucherEvent } from './voucher.events.js';
export {
  VouchersErrorCode,
  VouchersError,
  VoucherNotFoundError,
  VoucherProgrammeNotFoundError,
} from './vouchers.errors.js';
