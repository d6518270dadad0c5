export { BrokerageModule } from './brokerage.module.js';
export { DealService } from './deal.service.js';
export { SaleDealService, type SaleDealInput } from './sale-deal.service.js';
export {
  DEAL_STAGES,
  DEAL_STAGE_NAMES,
  DEAL_STAGE_NOTE_MAX,
  canMoveDeal,
  nextDealStages,
  isFinalStage,
  type DealStage,
} from './deal-stage.js';
export { BrokerageErrorCode, BrokerageError } from './brokerage.errors.js';
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
export { commissionProblems, MAX_COMMISSION_FEN } from './commission.rules.js';
export { isDealBroker, type DealBroker, type DealPartyRecord } from './deal-parties.rules.js';
export {
  brokerIsParty,
  contractableStage,
  contractAuthorship,
  defaultIntermediary,
  isAcceptedParty,
  type ContractAuthorship,
} from './contract-source.rules.js';
export { DEAL_CHANGED, type DealChange, type DealChangedEvent } from './deal.events.js';
