export { ListedSalesModule } from './listed-sales.module.js';
export {
  ListedSalesService,
  type CreateListedSaleInput,
  type ReviseListedSaleInput,
  type RelistInput,
} from './listed-sales.service.js';
export { SaleSettlementService, type SaleNoticeView } from './sale-settlement.service.js';
export { ListedSaleClosing } from './listed-sale-closing.js';
export { ListedSaleFactsReader } from './listed-sale-facts.js';
export type { ListedSaleView, ListedSaleVersionView, ListedSaleIntentView } from './listed-sale-views.js';
export {
  DEFAULT_LISTING_WORKING_DAYS,
  MAX_LISTING_WORKING_DAYS,
  MIN_REGION_LISTING_WORKING_DAYS,
  LISTING_MODES,
  LISTED_SALE_STATUSES,
  type ListingMode,
  type ListedSaleStatus,
} from './listed-sale.rules.js';
export {
  ListedSalesError,
  ListedSalesErrorCode,
  ListedSaleNotFoundError,
  ListedSaleOwnIntentError,
} from './listed-sales.errors.js';
export { SALE_SETTLED, LISTED_SALE_ENDED, type SaleSettledEvent, type ListedSaleEndedEvent } from './sale.events.js';
