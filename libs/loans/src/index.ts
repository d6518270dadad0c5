export { LoansModule } from './loans.module.js';
export { LoansService, type EnterpriseContractView, type FileLoanInput, type LoanEntryInput } from './loans.service.js';
export { LoanAuthorisationsService, type BankView } from './loan-authorisations.service.js';
export { LoanFactsReader } from './loan-facts.js';
export { LoanStatsService, type LoanStatsResult, type LoanFigures } from './loan-stats.service.js';
export {
  InnovationScoreService,
  type FormulaView,
  type FormulaWeightView,
  type ScoreView,
} from './innovation-score.service.js';
export { SCORE_INPUTS, type ScoreInput, type ScoreLine } from './innovation-score.rules.js';
export {
  COLLATERALS,
  COLLATERAL_NAMES,
  LOAN_ENTRY_KINDS,
  RATE_TYPES,
  type Collateral,
  type LoanEntryKind,
  type LoanStatus,
  type RateType,
} from './loan.rules.js';
export type { LoanLink } from './loan.repository.js';
export type { LoanView, LoanEntryView, AuthorisationView } from './loan-views.js';
export { LOAN_TOPICS, type LoanEvent } from './loan.events.js';
export {
  LoansErrorCode,
  LoansError,
  LoanNotFoundError,
  LoanAuthorisationNotFoundError,
  LoanEnterpriseNotFoundError,
} from './loans.errors.js';
