import { UUID_PATTERN } from '../../../../libs/shared/validation/index.js';
import {
  AuctionFactsReader,
  AuctionNotFoundError,
  AuctionSellerCannotBidError,
  AuctionsError,
  AuctionsErrorCode,
} from '../../../../libs/auctions/src/index.js';
import {
  RoadshowFactsReader,
  RoadshowNotFoundError,
  RoadshowOrganiserCannotRegisterError,
  RoadshowsError,
  RoadshowsErrorCode,
} from '../../../../libs/roadshows/src/index.js';
import {
  ListedSaleFactsReader,
  ListedSaleNotFoundError,
  ListedSaleOwnIntentError,
  ListedSalesError,
  ListedSalesErrorCode,
} from '../../../../libs/listed-sales/src/index.js';
import {
  VoucherFactsReader,
  VoucherNotFoundError,
  VoucherProgrammeNotFoundError,
  VouchersError,
  VouchersErrorCode,
} from '../../../../libs/vouchers/src/index.js';
import type { ResourceResolver } from './resource-resolver.js';

/**
 * The resource kinds of the market's trading rows (policy.table.trading.ts): auction lots,
 * roadshows, 挂牌 listings, voucher programmes and vouchers, each read through the lib that owns
 * it. Part of PolicyResources, kept apart so that neither file passes 400 lines.
 */
export function tradingResources(
  auctions: AuctionFactsReader,
  roadshows: RoadshowFactsReader,
  listedSales: ListedSaleFactsReader,
  vouchers: VoucherFactsReader,
): Record<string, ResourceResolver> {
  return {
    auction: {
      facts: (l) => (l.id ? auctions.lot(l.id) : Promise.resolve(null)),
      notFound: (l) => new AuctionNotFoundError(l.id ?? ''),
      forbidden: (op) =>
        op === 'auction.register' || op === 'auction.bid'
          ? new AuctionSellerCannotBidError()
          : op === 'auction.deposit' || op === 'auction.registrations'
            ? new AuctionsError(
                AuctionsErrorCode.AUCTION_OUT_OF_REGION,
                '只有卖方和卖方所在地科技局可以查看或确认竞买人',
              )
            : new AuctionsError(AuctionsErrorCode.AUCTION_FORBIDDEN, '只有卖方机构可以管理该标的'),
      readOperation: 'auction.read',
      idPattern: UUID_PATTERN,
    },
    roadshow: {
      facts: (l) => (l.id ? roadshows.roadshow(l.id) : Promise.resolve(null)),
      notFound: (l) => new RoadshowNotFoundError(l.id ?? ''),
      forbidden: (op, l, facts) =>
        (op === 'roadshow.register' || op === 'roadshow.unregister') && l.caller?.orgId === facts.orgs?.organiser
          ? new RoadshowOrganiserCannotRegisterError()
          : op === 'roadshow.register' || op === 'roadshow.unregister'
            ? new RoadshowsError(RoadshowsErrorCode.ROADSHOW_FORBIDDEN, '路演由已认证机构报名参加')
            : op === 'roadshow.participants'
              ? new RoadshowsError(
                  RoadshowsErrorCode.ROADSHOW_OUT_OF_REGION,
                  '只有主办方和主办方所在地科技局可以查看报名情况',
                )
              : new RoadshowsError(RoadshowsErrorCode.ROADSHOW_FORBIDDEN, '只有主办机构可以管理该路演'),
      readOperation: 'roadshow.read',
      idPattern: UUID_PATTERN,
    },
    'listed-sale': {
      facts: (l) => (l.id ? listedSales.listing(l.id) : Promise.resolve(null)),
      notFound: (l) => new ListedSaleNotFoundError(l.id ?? ''),
      forbidden: (op) =>
        op === 'listed-sale.intent'
          ? new ListedSaleOwnIntentError()
          : new ListedSalesError(ListedSalesErrorCode.LISTED_SALE_FORBIDDEN, '只有卖方机构可以管理该挂牌'),
      readOperation: 'listed-sale.read',
      idPattern: UUID_PATTERN,
    },
    'voucher-programme': {
      facts: (l) => (l.id ? vouchers.programme(l.id) : Promise.resolve(null)),
      notFound: (l) => new VoucherProgrammeNotFoundError(l.id ?? ''),
      forbidden: () => new VouchersError(VouchersErrorCode.VOUCHER_FORBIDDEN, '只有发券的科技局可以管理该创新券项目'),
      idPattern: UUID_PATTERN,
    },
    voucher: {
      facts: (l) => (l.id ? vouchers.voucher(l.id) : Promise.resolve(null)),
      notFound: (l) => new VoucherNotFoundError(l.id ?? ''),
      forbidden: (op) =>
        new VouchersError(
          VouchersErrorCode.VOUCHER_FORBIDDEN,
          op === 'voucher.request-redemption'
            ? '只有申请该创新券的企业可以申请兑付'
            : '只有发券的科技局可以审批该创新券',
        ),
      readOperation: 'voucher.read',
      idPattern: UUID_PATTERN,
    },
  };
}
