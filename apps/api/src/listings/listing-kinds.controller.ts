import { Body, Controller, Param, Query } from '@nestjs/common';
import { GetRoute, PatchRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApplicationPageDto, ApplicationViewDto, ListingViewDto, MyApplicationDto } from './listing-views.dto.js';
import { ChallengeApplicationService, ListingsService } from '../../../../libs/listings/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  ApiIdempotencyKey,
  IdempotencyKey,
  IdempotencyService,
  PageQueryDto,
} from '../../../../libs/shared/http/index.js';
import {
  ApplicationParamDto,
  ApplyDto,
  CreateAchievementDto,
  CreateChallengeDto,
  CreateNeedDto,
  ListingIdParamDto,
  UpdateAchievementDto,
  UpdateChallengeDto,
  UpdateNeedDto,
  ListingVersionDto,
} from './listings.dto.js';

/** Creating and editing 技术需求 (enterprises). */
@ApiTags('listings')
@ApiBearerAuth()
@Controller('listings/needs')
export class NeedsController {
  constructor(
    private readonly listings: ListingsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(undefined, { created: ListingViewDto }, { policy: 'need.create', summary: '新建技术需求（草稿）' })
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateNeedDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `need.create:${user.userId}`, key, request: b }, (em) =>
      this.listings.create('need', user, b, em),
    );
  }

  @PatchRoute(':id', ListingViewDto, { policy: 'need.update', summary: '修改技术需求（带版本号；版本过期返回 409）' })
  update(@Param() p: ListingIdParamDto, @Body() b: UpdateNeedDto, @CurrentUser() user: Principal) {
    const { version, ...patch } = b;
    return this.listings.update('need', p.id, user, version, patch);
  }
}

/** Registering and editing 科技成果 (universities, institutes). */
@ApiTags('listings')
@ApiBearerAuth()
@Controller('listings/achievements')
export class AchievementsController {
  constructor(
    private readonly listings: ListingsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(undefined, { created: ListingViewDto }, { policy: 'achievement.create', summary: '登记科技成果（草稿）' })
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateAchievementDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `achievement.create:${user.userId}`, key, request: b }, (em) =>
      this.listings.create('achievement', user, b, em),
    );
  }

  @PatchRoute(':id', ListingViewDto, {
    policy: 'achievement.update',
    summary: '修改科技成果（带版本号；版本过期返回 409）',
  })
  update(@Param() p: ListingIdParamDto, @Body() b: UpdateAchievementDto, @CurrentUser() user: Principal) {
    const { version, ...patch } = b;
    return this.listings.update('achievement', p.id, user, version, patch);
  }
}

/** 揭榜挂帅: publishing challenges and handling applications. */
@ApiTags('listings')
@ApiBearerAuth()
@Controller('listings/challenges')
export class ChallengesController {
  constructor(
    private readonly listings: ListingsService,
    private readonly applications: ChallengeApplicationService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(undefined, { created: ListingViewDto }, { policy: 'challenge.create', summary: '发榜（草稿）' })
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateChallengeDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `challenge.create:${user.userId}`, key, request: b }, (em) =>
      this.listings.create('challenge', user, b, em),
    );
  }

  @PatchRoute(':id', ListingViewDto, { policy: 'challenge.update', summary: '修改榜单（带版本号；版本过期返回 409）' })
  update(@Param() p: ListingIdParamDto, @Body() b: UpdateChallengeDto, @CurrentUser() user: Principal) {
    const { version, ...patch } = b;
    return this.listings.update('challenge', p.id, user, version, patch);
  }

  @PostRoute(
    ':id/applications',
    { created: ApplicationViewDto },
    { policy: 'challenge.apply', summary: '揭榜（提交申请）' },
  )
  @ApiIdempotencyKey(false)
  apply(
    @Param() p: ListingIdParamDto,
    @Body() b: ApplyDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once({ scope: `challenge.apply:${user.userId}`, key, request: { id: p.id, ...b } }, (em) =>
      this.applications.apply(p.id, user, b, em),
    );
  }

  @GetRoute(':id/applications', ApplicationPageDto, {
    policy: 'challenge.applications.list',
    summary: '揭榜申请列表（发榜单位，分页）',
  })
  listApplications(@Param() p: ListingIdParamDto, @Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.applications.list(p.id, user, q);
  }

  @GetRoute(':id/applications/mine', MyApplicationDto, {
    policy: 'challenge.applications.mine',
    summary: '本单位对该榜单的揭榜申请（未申请时 application 为 null）',
  })
  async myApplication(@Param() p: ListingIdParamDto, @CurrentUser() user: Principal) {
    return { application: await this.applications.mine(p.id, user) };
  }

  @PostRoute(
    ':id/applications/:applicationId/award',
    { ok: ApplicationViewDto },
    { policy: 'challenge.award', summary: '确定揭榜方（榜单随之关闭）' },
  )
  award(@Param() p: ApplicationParamDto, @Body() b: ListingVersionDto, @CurrentUser() user: Principal) {
    return this.applications.award(p.id, p.applicationId, user, b.version);
  }
}
