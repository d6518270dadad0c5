import type { Principal } from '../../shared/auth/index.js';
import { isDealBroker } from './deal-parties.rules.js';
import type { DealContractSource } from './deal.types.js';

/** Whether the broker's own organisation is a party (an organisation admin brokering its own deal). */
export function brokerIsParty(deal: DealContractSource): boolean {
  return deal.parties.some((p) => p.orgId === deal.brokerOrgId);
}

/**
 * The intermediary a contract from this deal names by default: the broker's organisation,
 * unless that organisation is itself a party.
 */
export function defaultIntermediary(deal: DealContractSource | undefined): string | null {
  return deal && !brokerIsParty(deal) ? deal.brokerOrgId : null;
}

/** An unregistered party (null) is outside the deal's concern; a registered one must have accepted. */
export function isAcceptedParty(deal: DealContractSource, orgId: string | null): boolean {
  return orgId === null || deal.parties.some((p) => p.orgId === orgId && p.status === 'accepted');
}

/** Only a signed deal leads to a contract. */
export function contractableStage(deal: DealContractSource): boolean {
  return deal.stage === 'signed';
}

export type ContractAuthorship =
  /** The seller writes its own contract (from a deal it accepted, or none). */
  | 'seller'
  /** The deal's broker writes for parties that both accepted. */
  | 'deal-broker'
  /** The seller names a deal in which it is not an accepted party. */
  | 'seller-not-in-deal'
  | 'forbidden';

/** Who may write a contract between `sellerOrgId` and `buyerOrgId`, optionally from a deal. */
export function contractAuthorship(
  p: Principal,
  sellerOrgId: string,
  buyerOrgId: string | null,
  deal: DealContractSource | undefined,
): ContractAuthorship {
  if (p.orgId === sellerOrgId) return deal && !isAcceptedParty(deal, sellerOrgId) ? 'seller-not-in-deal' : 'seller';
  if (deal && isDealBroker(p, deal) && isAcceptedParty(deal, sellerOrgId) && isAcceptedParty(deal, buyerOrgId))
    return 'deal-broker';
  return 'forbidden';
}
