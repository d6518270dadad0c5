import type { EventInput } from '../../shared/jobs/index.js';
import type { ContractStatus } from './contract-status.js';

/**
 * The events the contracts lib publishes (EventBus, libs/shared/jobs), each in the transaction
 * that changes the contract, naming no consumer. Keyed `contract:<id>`, so a subscriber gets one
 * contract's events in order. Payload: {@link ContractEvent}; a subscriber reads anything more
 * (parties, the reason of a rejection, the amounts) from the contracts lib.
 */

/** Submitted for registration (认定登记) by the seller: a first submission or a resubmission after a rejection. */
export const CONTRACT_SUBMITTED = 'contract.submitted';
/** Certified by the registry, with its registration number. */
export const CONTRACT_CERTIFIED = 'contract.certified';
/** Not registered (不予登记), with a coded reason: back with the seller for correction and resubmission. */
export const CONTRACT_REJECTED = 'contract.rejected';
/** A certified contract's amounts amended (变更) from an effective date. */
export const CONTRACT_AMENDED = 'contract.amended';
/** A certified contract's registration cancelled (撤销) from an effective date. */
export const CONTRACT_CANCELLED = 'contract.cancelled';

export const CONTRACT_TOPICS = [
  CONTRACT_SUBMITTED,
  CONTRACT_CERTIFIED,
  CONTRACT_REJECTED,
  CONTRACT_AMENDED,
  CONTRACT_CANCELLED,
] as const;

export interface ContractEvent {
  contractId: string;
  /** The contract's status after the change (an amended or cancelled contract stays `certified`). */
  status: ContractStatus;
  /** The amendment or cancellation record (contract.amended, contract.cancelled). */
  adjustmentId?: string;
}

export function contractEvent(e: ContractEvent): EventInput {
  return { key: `contract:${e.contractId}`, payload: { ...e } };
}
