import { Body, Controller, Param, Query } from '@nestjs/common';
import { DeleteRoute, GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListingPageDto, ListingViewDto } from './listing-views.dto.js';
import { ListingsService, type ListingKind } from '../../../../libs/listings/src/index.js';
import { CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  KindIdParamDto,
  KindParamDto,
  MineQueryDto,
  RejectDto,
  ListingVersionDto,
  ListingVersionQueryDto,
  type KindPath,
} from './listings.dto.js';

const KIND: Record<KindPath, ListingKind> = { needs: 'need', achievements: 'achievement', challenges: 'challenge' };

/** What all three kinds share: reading, the owner's list, the lifecycle and the review queue. */
@ApiTags('listings')
@ApiBearerAuth()
@Controller('listings/:kind')
export class ListingsController {
  constructor(private readonly listings: ListingsService) {}

  @GetRoute('mine', ListingPageDto, { policy: 'listing.mine', summary: '本单位发布的信息（任意状态，可按状态筛选）' })
  mine(@Param() p: KindParamDto, @Query() q: MineQueryDto, @CurrentUser() user: Principal) {
    return this.listings.listMine(KIND[p.kind], user, { status: q.status }, q);
  }

  @GetRoute('review-queue', ListingPageDto, { policy: 'listing.review-queue', summary: '待审核信息（本辖区）' })
  reviewQueue(@Param() p: KindParamDto, @Query() q: MineQueryDto, @CurrentUser() user: Principal) {
    return this.listings.reviewQueue(KIND[p.kind], user, q);
  }

  @GetRoute(':id', ListingViewDto, {
    policy: 'listing.read',
    summary: '信息详情（已发布且可见；本单位、主管科技局可见全部状态）',
  })
  get(@Param() p: KindIdParamDto, @OptionalUser() user: Principal | undefined) {
    return this.listings.get(KIND[p.kind], p.id, user);
  }

  @PostRoute(
    ':id/submit',
    { ok: ListingViewDto },
    { policy: 'listing.submit', summary: '提交发布（所在地科技局关闭审核时直接发布）' },
  )
  submit(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.submit(KIND[p.kind], p.id, user, b.version);
  }

  @PostRoute(':id/approve', { ok: ListingViewDto }, { policy: 'listing.approve', summary: '审核通过（辖区科技局）' })
  approve(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.review(KIND[p.kind], p.id, user, b.version, { approve: true });
  }

  @PostRoute(':id/reject', { ok: ListingViewDto }, { policy: 'listing.reject', summary: '驳回（需填写理由）' })
  reject(@Param() p: KindIdParamDto, @Body() b: RejectDto, @CurrentUser() user: Principal) {
    return this.listings.review(KIND[p.kind], p.id, user, b.version, { approve: false, reason: b.reason });
  }

  @PostRoute(':id/withdraw', { ok: ListingViewDto }, { policy: 'listing.withdraw', summary: '撤回' })
  withdraw(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.withdraw(KIND[p.kind], p.id, user, b.version);
  }

  @DeleteRoute(':id', ListingViewDto, {
    policy: 'listing.delete-draft',
    summary: '删除草稿（仅本单位、仅草稿；带版本号）；答复删除前的草稿',
  })
  deleteDraft(@Param() p: KindIdParamDto, @Query() q: ListingVersionQueryDto, @CurrentUser() user: Principal) {
    return this.listings.deleteDraft(KIND[p.kind], p.id, user, q.version);
  }

  @PostRoute(':id/close', { ok: ListingViewDto }, { policy: 'listing.close', summary: '关闭（已成交或过期）' })
  close(@Param() p: KindIdParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.listings.close(KIND[p.kind], p.id, user, b.version);
  }
}
