import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RoadshowParticipationService, RoadshowsService } from '../../../../libs/roadshows/src/index.js';
import { CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey, PageQueryDto } from '../../../../libs/shared/http/index.js';
import { DeleteRoute, GetRoute, PatchRoute, PostRoute, PutRoute } from '../openapi/routes.js';
import {
  CancelRoadshowDto,
  CreateRoadshowDto,
  RegisterRoadshowDto,
  RoadshowAttendanceDto,
  RoadshowDealDto,
  RoadshowIdParamDto,
  RoadshowListQueryDto,
  RoadshowVersionDto,
  SetRoadshowItemsDto,
  UpdateRoadshowDto,
} from './roadshows.dto.js';
import { RoadshowPageDto, RoadshowParticipantsDto, RoadshowViewDto } from './roadshows-views.dto.js';

/** Roadshows (路演): events presenting achievements and auction lots; registration, attendance, follow-up deals. */
@ApiTags('roadshows')
@ApiBearerAuth()
@Controller('roadshows')
export class RoadshowsController {
  constructor(
    private readonly roadshows: RoadshowsService,
    private readonly participation: RoadshowParticipationService,
  ) {}

  @GetRoute(undefined, RoadshowPageDto, {
    policy: 'roadshow.list',
    summary: '路演活动（已发布的，含已结束和已取消的）',
  })
  list(@Query() q: RoadshowListQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.roadshows.list(q, user);
  }

  @GetRoute('mine', RoadshowPageDto, { policy: 'roadshow.mine', summary: '本机构主办的路演（含草稿）' })
  mine(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.roadshows.mine(user, q);
  }

  @GetRoute('registered', RoadshowPageDto, { policy: 'roadshow.registered', summary: '本机构报名的路演' })
  registered(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.roadshows.registered(user, q);
  }

  @PostRoute(
    undefined,
    { created: RoadshowViewDto },
    { policy: 'roadshow.create', summary: '创建路演（草稿；主办方为本机构）' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateRoadshowDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.roadshows.create(user, b, key);
  }

  @GetRoute(':id', RoadshowViewDto, {
    policy: 'roadshow.read',
    summary: '路演详情（线上参会链接仅对报名机构、主办方和科技局显示）',
  })
  get(@Param() p: RoadshowIdParamDto, @OptionalUser() user: Principal | undefined) {
    return this.roadshows.get(p.id, user);
  }

  @PatchRoute(':id', RoadshowViewDto, { policy: 'roadshow.update', summary: '修改路演（开始前）' })
  update(@Param() p: RoadshowIdParamDto, @Body() b: UpdateRoadshowDto, @CurrentUser() user: Principal) {
    return this.roadshows.update(user, p.id, b);
  }

  @PutRoute(':id/items', RoadshowViewDto, {
    policy: 'roadshow.items',
    summary: '设置推介项目（已公开发布的科技成果或竞价标的，开始前）',
  })
  items(@Param() p: RoadshowIdParamDto, @Body() b: SetRoadshowItemsDto, @CurrentUser() user: Principal) {
    return this.roadshows.setItems(user, p.id, b.version, b.items);
  }

  @PostRoute(':id/publish', { ok: RoadshowViewDto }, { policy: 'roadshow.publish', summary: '发布路演（开放报名）' })
  publish(@Param() p: RoadshowIdParamDto, @Body() b: RoadshowVersionDto, @CurrentUser() user: Principal) {
    return this.roadshows.publish(user, p.id, b.version);
  }

  @PostRoute(
    ':id/cancel',
    { ok: RoadshowViewDto },
    { policy: 'roadshow.cancel', summary: '取消路演（开始前，须说明理由）' },
  )
  cancel(@Param() p: RoadshowIdParamDto, @Body() b: CancelRoadshowDto, @CurrentUser() user: Principal) {
    return this.roadshows.cancel(user, p.id, b.version, b.reason);
  }

  @PostRoute(
    ':id/registrations',
    { created: RoadshowViewDto },
    { policy: 'roadshow.register', summary: '报名参加（开始前；主办机构不需报名）' },
  )
  @ApiIdempotencyKey(false)
  register(
    @Param() p: RoadshowIdParamDto,
    @Body() _b: RegisterRoadshowDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.participation.register(user, p.id, key);
  }

  @DeleteRoute(':id/registrations/mine', RoadshowViewDto, {
    policy: 'roadshow.unregister',
    summary: '取消本机构的报名（开始前）',
  })
  unregister(@Param() p: RoadshowIdParamDto, @CurrentUser() user: Principal) {
    return this.participation.unregister(user, p.id);
  }

  @GetRoute(':id/participants', RoadshowParticipantsDto, {
    policy: 'roadshow.participants',
    summary: '报名与到场情况、路演后达成的对接项目（主办方、主管科技局）',
  })
  participants(@Param() p: RoadshowIdParamDto) {
    return this.participation.participants(p.id);
  }

  @PostRoute(
    ':id/attendance',
    { ok: RoadshowParticipantsDto },
    { policy: 'roadshow.attendance', summary: '登记到场情况（路演开始后）' },
  )
  attendance(@Param() p: RoadshowIdParamDto, @Body() b: RoadshowAttendanceDto, @CurrentUser() user: Principal) {
    return this.participation.recordAttendance(user, p.id, b.orgIds, b.attended);
  }

  @PostRoute(
    ':id/deals',
    { ok: RoadshowParticipantsDto },
    { policy: 'roadshow.deal', summary: '登记路演后达成的对接项目（一方为推介方，另一方为报名机构）' },
  )
  deal(@Param() p: RoadshowIdParamDto, @Body() b: RoadshowDealDto, @CurrentUser() user: Principal) {
    return this.participation.recordDeal(user, p.id, b.dealId);
  }
}
