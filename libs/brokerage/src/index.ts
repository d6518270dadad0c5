export { BrokerageModule } from './brokerage.module.js';
export { DealService } from './deal.service.js';
export { DEAL_STAGES, canMoveDeal, nextDealStages, isFinalStage, type DealStage } from './deal-stage.js';
export { BrokerageErrorCode, BrokerageError, brokerageErrorStatus } from './brokerage.errors.js';
export type {
  OpenDealInput,
  CommissionInput,
  CommissionBasis,
  PartyRole,
  PartyStatus,
  DealView,
  DealPartyView,
  DealEventView,
  DealContractSource,
  BoardColumn,
} from './deal.types.js';
export { DealFactsReader, dealFacts, type DealPartyFacts } from './deal-facts.js';
export { DealNotFoundError } from './brokerage.errors.js';
