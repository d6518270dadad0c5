import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { AuctionBidRepository } from './auction-bid.repository.js';
import { AuctionClosing } from './auction-closing.js';
import { AuctionFactsReader } from './auction-facts.js';
import { AuctionLiveFeed } from './auction-live-feed.js';
import { AuctionLiveRelayHandler } from './auction-live-relay.handler.js';
import { AuctionLotRepository } from './auction-lot.repository.js';
import { AuctionOverviewRepository } from './auction-overview.repository.js';
import { AuctionOverviewService } from './auction-overview.service.js';
import { AuctionsService } from './auctions.service.js';
import { BiddingService } from './bidding.service.js';

/** Online auctions (网络竞价): lots, bidders and deposits, bids on a hash chain, the close. */
@Module({
  imports: [ReferenceModule, AuditModule, ListingsModule, IdempotencyModule],
  providers: [
    AuctionLotRepository,
    AuctionBidRepository,
    AuctionsService,
    BiddingService,
    AuctionClosing,
    AuctionFactsReader,
    AuctionLiveFeed,
    AuctionLiveRelayHandler,
    AuctionOverviewRepository,
    AuctionOverviewService,
  ],
  exports: [
    AuctionOverviewService,
    AuctionsService,
    BiddingService,
    AuctionClosing,
    AuctionFactsReader,
    AuctionLiveFeed,
  ],
})
export class AuctionsModule {}
