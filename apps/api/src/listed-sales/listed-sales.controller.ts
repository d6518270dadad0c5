import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListedSalesService, SaleSettlementService } from '../../../../libs/listed-sales/src/index.js';
import { CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey, PageQueryDto } from '../../../../libs/shared/http/index.js';
import { GetRoute, PatchRoute, PostRoute, PutRoute } from '../openapi/routes.js';
import {
  CreateListedSaleDto,
  DeclareIntentDto,
  ListedSaleIdParamDto,
  ListedSaleListQueryDto,
  ListingPeriodParamDto,
  RelistDto,
  ReviseListedSaleDto,
  SetListingPeriodDto,
  WithdrawListedSaleDto,
} from './listed-sales.dto.js';
import { ListedSalePageDto, ListedSaleViewDto, ListingPeriodDto, SaleNoticePageDto } from './listed-sales-views.dto.js';

/** 挂牌交易: listings at a price for a period, intents to buy, versions, withdrawal and relisting. */
@ApiTags('listed-sales')
@ApiBearerAuth()
@Controller('listed-sales')
export class ListedSalesController {
  constructor(private readonly sales: ListedSalesService) {}

  @GetRoute(undefined, ListedSalePageDto, { policy: 'listed-sale.list', summary: '挂牌项目（公开，新挂牌的在前）' })
  list(@Query() q: ListedSaleListQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.sales.list(q, user);
  }

  @GetRoute('mine', ListedSalePageDto, { policy: 'listed-sale.mine', summary: '本机构的挂牌项目' })
  mine(@Query() q: ListedSaleListQueryDto, @CurrentUser() user: Principal) {
    return this.sales.mine(user, q);
  }

  @GetRoute('periods/:regionCode', ListingPeriodDto, {
    policy: 'listed-sale.period',
    summary: '地区的最短挂牌期（工作日）',
  })
  period(@Param() p: ListingPeriodParamDto) {
    return this.sales.periodSetting(p.regionCode);
  }

  @PutRoute('periods/:regionCode', ListingPeriodDto, {
    policy: 'listed-sale.period.update',
    summary: '设置本辖区最短挂牌期（科技局管理员）',
  })
  setPeriod(@Param() p: ListingPeriodParamDto, @Body() b: SetListingPeriodDto, @CurrentUser() user: Principal) {
    return this.sales.setPeriod(user, p.regionCode, b.workingDays);
  }

  @PostRoute(
    undefined,
    { created: ListedSaleViewDto },
    { policy: 'listed-sale.create', summary: '挂牌本机构的科技成果（转让或许可），挂牌期按工作日计' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateListedSaleDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.sales.create(user, b, key);
  }

  @GetRoute(':id', ListedSaleViewDto, { policy: 'listed-sale.read', summary: '挂牌详情（含全部版本和期满规则）' })
  get(@Param() p: ListedSaleIdParamDto, @OptionalUser() user: Principal | undefined) {
    return this.sales.get(p.id, user);
  }

  @PatchRoute(':id', ListedSaleViewDto, {
    policy: 'listed-sale.revise',
    summary: '修改挂牌（生成新版本；有意向受让方后只能改名称和介绍）',
  })
  revise(@Param() p: ListedSaleIdParamDto, @Body() b: ReviseListedSaleDto, @CurrentUser() user: Principal) {
    return this.sales.revise(user, p.id, b);
  }

  @PostRoute(
    ':id/withdraw',
    { ok: ListedSaleViewDto },
    { policy: 'listed-sale.withdraw', summary: '撤回挂牌（须说明理由）' },
  )
  withdraw(@Param() p: ListedSaleIdParamDto, @Body() b: WithdrawListedSaleDto, @CurrentUser() user: Principal) {
    return this.sales.withdraw(user, p.id, b.version, b.reason);
  }

  @PostRoute(
    ':id/relist',
    { created: ListedSaleViewDto },
    { policy: 'listed-sale.relist', summary: '重新挂牌（流标或撤回后，一次）' },
  )
  @ApiIdempotencyKey(false)
  relist(
    @Param() p: ListedSaleIdParamDto,
    @Body() b: RelistDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.sales.relist(user, p.id, b, key);
  }

  @PostRoute(
    ':id/intents',
    { created: ListedSaleViewDto },
    { policy: 'listed-sale.intent', summary: '登记受让意向（认证机构，卖方机构除外，挂牌期内一次）' },
  )
  @ApiIdempotencyKey(false)
  intent(
    @Param() p: ListedSaleIdParamDto,
    @Body() b: DeclareIntentDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.sales.declareIntent(user, p.id, b, key);
  }
}

/** 成交公告: sales, 流拍 and 流标 of auctions and 挂牌 listings, public for their period. */
@ApiTags('listed-sales')
@Controller('sale-notices')
export class SaleNoticesController {
  constructor(private readonly settlement: SaleSettlementService) {}

  @GetRoute(undefined, SaleNoticePageDto, { policy: 'sale-notice.list', summary: '成交公告（公示期内，新的在前）' })
  list(@Query() q: PageQueryDto) {
    return this.settlement.notices(q);
  }
}
