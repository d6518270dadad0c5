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

/** A submitted contract's registration deadline is within 3 working days (once per contract). */
export const CONTRACT_REGISTRATION_DUE = 'contract.registration-due';
/** A submitted contract's registration deadline has passed (once per contract). */
export const CONTRACT_REGISTRATION_OVERDUE = 'contract.registration-overdue';
/** 协议定价公示: published by the seller (payload names the publication). */
export const PRICE_PUBLICATION_STARTED = 'contract.price-publication-started';
/** An objection to a running price publication. */
export const PRICE_OBJECTION_FILED = 'contract.price-objection-filed';
/** A price publication's period is over (once per publication): the contract may be registered. */
export const PRICE_PUBLICATION_ENDED = 'contract.price-publication-ended';

export const CONTRACT_TOPICS = [
  CONTRACT_SUBMITTED,
  CONTRACT_CERTIFIED,
  CONTRACT_REJECTED,
  CONTRACT_AMENDED,
  CONTRACT_CANCELLED,
  CONTRACT_REGISTRATION_DUE,
  CONTRACT_REGISTRATION_OVERDUE,
  PRICE_PUBLICATION_STARTED,
  PRICE_OBJECTION_FILED,
  PRICE_PUBLICATION_ENDED,
] as const;

export interface ContractEvent {
  contractId: string;
  /** The contract's status after the change (an amended or cancelled contract stays `certified`). */
  status: ContractStatus;
  /** The amendment or cancellation record (contract.amended, contract.cancelled). */
  adjustmentId?: string;
  /** The price publication (contract.price-*). */
  publicationId?: string;
}

export function contractEvent(e: ContractEvent): EventInput {
  return { key: `contract:${e.contractId}`, payload: { ...e } };
}
