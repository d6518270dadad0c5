export { ContractsModule } from './contracts.module.js';
export { ContractsService, type SaleContractInput } from './contracts.service.js';
export { WorkCalendarService, type WorkCalendarYearView } from './work-calendar.service.js';
export type { CalendarDay } from './working-days.js';
export {
  AttachmentService,
  CONTRACT_FILES,
  type AttachmentUpload,
  type AttachmentDownload,
} from './attachment.service.js';
export type { AttachmentView } from './attachment.repository.js';
export {
  ATTACHMENT_TYPES,
  ATTACHMENT_SNIFF_BYTES,
  ATTACHMENT_NAME_MAX,
  type AttachmentMediaType,
} from './attachment.rules.js';
export { RegistrationService, type CertifyInput } from './registration.service.js';
export { AdjustmentService, type AmendInput, type CancelInput } from './adjustment.service.js';
export { PricePublicationService, type PublicationView, type ObjectionView } from './price-publication.service.js';
export { Clock } from './clock.js';
export { ContractReminders, DEADLINE_WARNING_WORKING_DAYS } from './contract-reminders.service.js';
export { ContractsErrorCode, ContractsError, AttachmentTooLargeError } from './contracts.errors.js';
export { CONTRACT_STATUSES, type ContractStatus } from './contract-status.js';
export { MAX_FEN, parseFen, checkContractAmounts } from './amounts.js';
export { BENEFIT_RULES, benefitWarnings, type BenefitWarning, type BenefitRule } from './benefit-rules.js';
export { formatRegistrationNo, parseRegistrationNo } from './registration-number.js';
export { addWorkingDays, DEFAULT_REGISTRATION_WORKING_DAYS } from './working-days.js';
export { MIN_PUBLICATION_DAYS, requiresPricePublication } from './price-publication.rules.js';
export type {
  ContractInput,
  ContractPartyInput,
  ContractView,
  PartyView,
  AdjustmentView,
  PricePublicationSummary,
  PriceRoute,
} from './contract.types.js';
export { PRICE_ROUTES } from './contract.types.js';
export { ContractFactsReader, contractFacts, type ContractParties } from './contract-facts.js';
export type { BuyerContractFigures, ContractRecord, PartyContractRow } from './contract.row.js';
export { ContractNotFoundError } from './contracts.errors.js';
/** The topics this lib publishes and their payload. */
export * from './contract.events.js';
