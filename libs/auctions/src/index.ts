export { AuctionsModule } from './auctions.module.js';
export { AuctionsService, type LotPatch, type LotSaleRecord } from './auctions.service.js';
export {
  BiddingService,
  MAX_BIDS_PAGE,
  type BidHistoryView,
  type ChainVerdictView,
  type MyRegistrationView,
  type PlacedBidView,
} from './bidding.service.js';
export { AuctionClosing } from './auction-closing.js';
export { AuctionFactsReader } from './auction-facts.js';
export { AuctionOverviewService, type MyBiddingView, type SupervisedLotView } from './auction-overview.service.js';
export { AuctionLiveFeed, type LiveSink, type LiveWatcher, type LiveLotState } from './auction-live-feed.js';
export { AUCTION_LIVE_CHANNEL, type LiveBid, type LiveLotClosed } from './auction-live.rules.js';
export type { LotView, BidView, RegistrationView } from './auction-views.js';
export type { LotInput } from './auction-lot.rules.js';
export { DEFAULT_ANTI_SNIPING_MINUTES } from './auction-lot.rules.js';
export type { AuctionPhase, LotStatus } from './bid.rules.js';
export { CHAIN_FORMAT, GENESIS_HASH, bidHash, canonicalBid } from './bid-chain.rules.js';
export {
  AUCTION_BID_PLACED,
  AUCTION_CLOSED,
  auctionEventKey,
  type AuctionBidPlacedEvent,
  type AuctionClosedEvent,
} from './auction.events.js';
export {
  AuctionsError,
  AuctionsErrorCode,
  AuctionNotFoundError,
  AuctionSellerCannotBidError,
} from './auctions.errors.js';
