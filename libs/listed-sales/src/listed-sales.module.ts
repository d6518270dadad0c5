import { Module } from '@nestjs/common';
import { AuctionsModule } from '../../auctions/src/index.js';
import { AuditModule } from '../../audit/src/index.js';
import { BrokerageModule } from '../../brokerage/src/index.js';
import { ContractsModule } from '../../contracts/src/index.js';
import { IdentityModule } from '../../identity/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { ReferenceModule } from '../../reference/src/index.js';
import { IdempotencyModule } from '../../shared/http/index.js';
import { AuctionClosedHandler } from './auction-closed.handler.js';
import { ListedSaleClosing } from './listed-sale-closing.js';
import { ListedSaleFactsReader } from './listed-sale-facts.js';
import { ListedSaleRepository } from './listed-sale.repository.js';
import { ListedSalesService } from './listed-sales.service.js';
import { SaleNoticesHandler } from './sale-notices.handler.js';
import { SaleSettlementRepository } from './sale-settlement.repository.js';
import { SaleSettlementService } from './sale-settlement.service.js';

/** 挂牌交易 and the settlement of every sale (挂牌 or auction) into a deal, a draft contract and a 成交公告. */
@Module({
  imports: [
    AuctionsModule,
    AuditModule,
    BrokerageModule,
    ContractsModule,
    IdentityModule,
    ListingsModule,
    NotificationsModule,
    ReferenceModule,
    IdempotencyModule,
  ],
  providers: [
    ListedSaleRepository,
    SaleSettlementRepository,
    ListedSalesService,
    SaleSettlementService,
    ListedSaleClosing,
    ListedSaleFactsReader,
    AuctionClosedHandler,
    SaleNoticesHandler,
  ],
  exports: [ListedSalesService, SaleSettlementService, ListedSaleClosing, ListedSaleFactsReader],
})
export class ListedSalesModule {}
