import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ListingPageDto, ListingViewDto } from './listing-views.dto.js';
import { ListingsService, type ListingKind } from '../../../../libs/listings/src/index.js';
import { Policy, CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  KindIdParamDto,
  KindParamDto,
  MineQueryDto,
  RejectDto,
  ListingVersionDto,
  type KindPath,
} from './listings.dto.js';

const KIND: Record<KindPath, ListingKind> = { needs: 'need', achievements: 'achievement', challenges: 'challenge' };

/** What all three kinds share: reading, the owner's list, the lifecycle and the review queue. */
@ApiTags('listings')
@ApiBearerAuth()
@Controller('listings/:kind')
export class ListingsController {
  constructor(private readonly listings: ListingsService) {}

  @Get('mine')
  @Policy('listing.mine')
  @ApiOperation({ summary: '本单位发布的信息（任意状态，可按状态筛选）' })
  @ApiOkResponse({ type: ListingPageDto })
  mine(@Param() p: KindParamDto, @Query() q: MineQueryDto, @CurrentUser() user: Principal) {
    return this.listings.listMine(KIND[p.kind], user, { status: q.status }, q);
  }

  @Get('review-queue')
  @Policy('listing.review-queue')
  @ApiOperation({ summary: '待审核信息（本辖区）' })
  @ApiOkResponse({ type: ListingPageDto })
  reviewQueue(@Param() p: KindParamDto, @Query() q: MineQueryDto, @CurrentUser() user: Principal) {
    return this.listings.reviewQueue(KIND[p.kind], user, q);
  }

  @Get(':id')
  @Policy('listing.read')
  @ApiOperation({ summary: '信息详情（已发布且可见；本单位、主管科技局可见全部状态）' })
  @ApiOkResponse({ type: ListingViewDto })
  get(@Param() p: KindIdParamDto, @OptionalUser() user: Principal | undefined) {
    return this.listings.get(KIND[p.kind], p.id, user);
  }

  @Post(':id/submit')
  @Policy('listing.submit')
  @HttpCode(200)
  @ApiOperation({ summary: '提交发布（所在地科技局关闭审核时直接发布）' })
  @ApiOkResponse({ type: ListingViewDto })
  submit(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.submit(KIND[p.kind], p.id, user, b.version);
  }

  @Post(':id/approve')
  @Policy('listing.approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过（辖区科技局）' })
  @ApiOkResponse({ type: ListingViewDto })
  approve(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.review(KIND[p.kind], p.id, user, b.version, { approve: true });
  }

  @Post(':id/reject')
  @Policy('listing.reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回（需填写理由）' })
  @ApiOkResponse({ type: ListingViewDto })
  reject(@Param() p: KindIdParamDto, @Body() b: RejectDto, @CurrentUser() user: Principal) {
    return this.listings.review(KIND[p.kind], p.id, user, b.version, { approve: false, reason: b.reason });
  }

  @Post(':id/withdraw')
  @Policy('listing.withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回' })
  @ApiOkResponse({ type: ListingViewDto })
  withdraw(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.withdraw(KIND[p.kind], p.id, user, b.version);
  }

  @Post(':id/close')
  @Policy('listing.close')
  @HttpCode(200)
  @ApiOperation({ summary: '关闭（已成交或过期）' })
  @ApiOkResponse({ type: ListingViewDto })
  close(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.close(KIND[p.kind], p.id, user, b.version);
  }
}
