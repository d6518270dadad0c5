/**
 * Facts the auctions lib publishes about its own lots (libs/shared/jobs/README.md, "Events").
 * Payloads carry ids and the new state only; a subscriber reads the rest from this lib.
 */

/** A bid was accepted: the live view (issue 19, WebSocket slice) fans it out from `seq`. */
export const AUCTION_BID_PLACED = 'auction.bid-placed';
/** A lot closed: `sold` (hammer price and winner recorded) or `unsold` (流拍). A sale is the seam where a deal and draft contract are made (next slice). */
export const AUCTION_CLOSED = 'auction.closed';

export interface AuctionBidPlacedEvent {
  lotId: string;
  seq: number;
}

export interface AuctionClosedEvent {
  lotId: string;
  status: 'sold' | 'unsold';
}

export const auctionEventKey = (lotId: string): string => `auction:${lotId}`;
