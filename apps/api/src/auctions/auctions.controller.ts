import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuctionOverviewService, AuctionsService, BiddingService } from '../../../../libs/auctions/src/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PatchRoute, PostRoute } from '../openapi/routes.js';
import {
  AuctionIdParamDto,
  BidHistoryQueryDto,
  ConfirmDepositDto,
  CreateLotDto,
  LotListQueryDto,
  LotVersionDto,
  MyLotsQueryDto,
  PlaceBidDto,
  RegisterBidderDto,
  SupervisedLotsQueryDto,
  UpdateLotDto,
  WithdrawLotDto,
} from './auctions.dto.js';
import {
  BidHistoryDto,
  MyBiddingPageDto,
  SupervisedLotPageDto,
  ChainVerdictDto,
  LotPageDto,
  LotViewDto,
  MyRegistrationDto,
  PlacedBidDto,
  RegistrationViewDto,
} from './auctions-views.dto.js';

/** Online auctions (网络竞价): lots, bidder registration and deposits, bids, the verifiable bid log. */
@ApiTags('auctions')
@ApiBearerAuth()
@Controller('auctions')
export class AuctionsController {
  constructor(
    private readonly auctions: AuctionsService,
    private readonly bidding: BiddingService,
    private readonly overview: AuctionOverviewService,
  ) {}

  @GetRoute(undefined, LotPageDto, { policy: 'auction.list', summary: '竞价标的（已发布的，含已结束和撤回的）' })
  list(@Query() q: LotListQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.auctions.list(q, user);
  }

  @GetRoute('mine', LotPageDto, { policy: 'auction.mine', summary: '本机构的竞价标的（含草稿）' })
  mine(@Query() q: MyLotsQueryDto, @CurrentUser() user: Principal) {
    return this.auctions.mine(user, q);
  }

  @GetRoute('my-bidding', MyBiddingPageDto, {
    policy: 'auction.my-bidding',
    summary: '我的竞拍：本机构的报名、保证金确认情况和出价',
  })
  myBidding(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.overview.myBidding(user, q);
  }

  @GetRoute('supervised', SupervisedLotPageDto, {
    policy: 'auction.supervised',
    summary: '科技局：本辖区竞价中的标的及待确认的保证金',
  })
  supervised(@Query() q: SupervisedLotsQueryDto, @CurrentUser() user: Principal) {
    return this.overview.supervised(user, q);
  }

  @PostRoute(
    undefined,
    { created: LotViewDto },
    { policy: 'auction.create', summary: '创建竞价标的（草稿；卖方为本机构）' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateLotDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.auctions.create(user, b, key);
  }

  @GetRoute(':id', LotViewDto, {
    policy: 'auction.read',
    summary: '竞价标的详情（保留价按卖方设置公开；竞买人对公众显示为“竞买人 N”）',
  })
  get(@Param() p: AuctionIdParamDto, @OptionalUser() user: Principal | undefined) {
    return this.auctions.get(p.id, user);
  }

  @PatchRoute(':id', LotViewDto, {
    policy: 'auction.update',
    summary: '修改标的（发布后只能改名称、介绍和首次出价前的保留价）',
  })
  update(@Param() p: AuctionIdParamDto, @Body() b: UpdateLotDto, @CurrentUser() user: Principal) {
    return this.auctions.update(user, p.id, b);
  }

  @PostRoute(
    ':id/publish',
    { ok: LotViewDto },
    { policy: 'auction.publish', summary: '发布标的（按时间自动开始和结束）' },
  )
  publish(@Param() p: AuctionIdParamDto, @Body() b: LotVersionDto, @CurrentUser() user: Principal) {
    return this.auctions.publish(user, p.id, b.version);
  }

  @PostRoute(
    ':id/withdraw',
    { ok: LotViewDto },
    { policy: 'auction.withdraw', summary: '撤回标的（须说明理由；首次出价后不能撤回）' },
  )
  withdraw(@Param() p: AuctionIdParamDto, @Body() b: WithdrawLotDto, @CurrentUser() user: Principal) {
    return this.auctions.withdraw(user, p.id, b.version, b.reason);
  }

  @PostRoute(
    ':id/registrations',
    { created: MyRegistrationDto },
    { policy: 'auction.register', summary: '报名竞买（接受竞买须知；卖方机构不能报名）' },
  )
  @ApiIdempotencyKey(false)
  register(
    @Param() p: AuctionIdParamDto,
    @Body() _b: RegisterBidderDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.bidding.register(user, p.id, key);
  }

  @GetRoute(':id/registrations', [RegistrationViewDto], {
    policy: 'auction.registrations',
    summary: '竞买人及保证金确认情况（卖方、主管科技局）',
  })
  registrations(@Param() p: AuctionIdParamDto, @CurrentUser() user: Principal) {
    return this.bidding.registrations(p.id, user);
  }

  @PostRoute(
    ':id/deposits',
    { ok: RegistrationViewDto },
    { policy: 'auction.deposit', summary: '确认竞买人已缴保证金（卖方所在地科技局；登记银行回单号，平台不收付资金）' },
  )
  @ApiIdempotencyKey(false)
  confirmDeposit(
    @Param() p: AuctionIdParamDto,
    @Body() b: ConfirmDepositDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.bidding.confirmDeposit(user, p.id, b, key);
  }

  @PostRoute(
    ':id/bids',
    { created: PlacedBidDto },
    { policy: 'auction.bid', summary: '出价（以服务器时间和顺序为准；须带 Idempotency-Key，重试不会重复出价）' },
  )
  @ApiIdempotencyKey(true)
  bid(
    @Param() p: AuctionIdParamDto,
    @Body() b: PlaceBidDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.bidding.place(user, p.id, b.amountFen, key);
  }

  @GetRoute(':id/bids', BidHistoryDto, { policy: 'auction.bids', summary: '出价记录（按序号；afterSeq 之后的）' })
  bids(@Param() p: AuctionIdParamDto, @Query() q: BidHistoryQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.bidding.history(p.id, user, q.afterSeq, q.limit);
  }

  @GetRoute(':id/bids/verify', ChainVerdictDto, { policy: 'auction.verify', summary: '核验出价哈希链（任何人可用）' })
  verify(@Param() p: AuctionIdParamDto) {
    return this.bidding.verify(p.id);
  }
}
