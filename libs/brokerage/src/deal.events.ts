import type { EventInput } from '../../shared/jobs/index.js';
import type { DealStage } from './deal-stage.js';

/**
 * The event the brokerage lib publishes (EventBus, libs/shared/jobs) in the transaction that
 * changes a deal, naming no consumer: opened (with the parties invited), a party's answer to
 * its invitation, a move to the next stage (signed, or dropped from any open stage). Keyed
 * `deal:<id>`, so a subscriber gets one deal's changes in order. Notes and commission terms
 * publish nothing. Payload: {@link DealChangedEvent}.
 */
export const DEAL_CHANGED = 'deal.changed';

export type DealChange =
  | { change: 'opened'; invitedOrgIds: string[] }
  | { change: 'accepted' | 'declined'; partyOrgId: string }
  | { change: 'stage'; fromStage: DealStage };

export type DealChangedEvent = { dealId: string; /** The stage after the change. */ stage: DealStage } & DealChange;

export function dealChanged(e: DealChangedEvent): EventInput {
  return { key: `deal:${e.dealId}`, payload: { ...e } };
}
