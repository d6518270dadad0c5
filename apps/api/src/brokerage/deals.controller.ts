import { Body, Controller, Param, Query } from '@nestjs/common';
import { GetRoute, PostRoute, PutRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DealBoardDto, DealPageDto, DealViewDto } from './deal-views.dto.js';
import { DealService } from '../../../../libs/brokerage/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  BoardQueryDto,
  DealIdParamDto,
  DealListQueryDto,
  DealNoteDto,
  MoveDealDto,
  OpenDealDto,
  SetCommissionDto,
} from './deals.dto.js';
import { ApiIdempotencyKey, IdempotencyKey, IdempotencyService } from '../../../../libs/shared/http/index.js';

/** Brokerage deals: open, invite and accept, move through stages, board. */
@ApiTags('deals')
@ApiBearerAuth()
@Controller('deals')
export class DealsController {
  constructor(
    private readonly deals: DealService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(
    undefined,
    { created: DealViewDto },
    { policy: 'deal.open', summary: '发起对接（经纪人或机构管理员；来自需求、成果、揭榜或匹配）' },
  )
  @ApiIdempotencyKey(false)
  open(@Body() b: OpenDealDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `deal.open:${user.userId}`, key, request: b }, (em) =>
      this.deals.open(user, b, em),
    );
  }

  @GetRoute(undefined, DealPageDto, { policy: 'deal.list', summary: '可见的对接项目' })
  list(@Query() q: DealListQueryDto, @CurrentUser() user: Principal) {
    return this.deals.list(user, q);
  }

  @GetRoute('board', DealBoardDto, {
    policy: 'deal.board',
    summary: '对接看板（经纪人本人 / 科技局本辖区），按阶段分列',
  })
  board(@Query() q: BoardQueryDto, @CurrentUser() user: Principal) {
    return this.deals.board(user, q.scope ?? 'broker', q.region, q.perColumn);
  }

  @GetRoute(':id', DealViewDto, { policy: 'deal.read', summary: '对接详情与时间线' })
  get(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.get(user, p.id);
  }

  @PostRoute(':id/accept', { ok: DealViewDto }, { policy: 'deal.accept', summary: '参与方接受邀请' })
  accept(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.respond(user, p.id, true);
  }

  @PostRoute(':id/decline', { ok: DealViewDto }, { policy: 'deal.decline', summary: '参与方谢绝邀请' })
  decline(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.respond(user, p.id, false);
  }

  @PostRoute(':id/stage', { ok: DealViewDto }, { policy: 'deal.stage', summary: '推进阶段（逐级；可随时终止）' })
  move(@Param() p: DealIdParamDto, @Body() b: MoveDealDto, @CurrentUser() user: Principal) {
    return this.deals.move(user, p.id, b.to, b.version, b.note);
  }

  @PostRoute(':id/notes', { created: DealViewDto }, { policy: 'deal.note', summary: '记录进展' })
  @ApiIdempotencyKey(false)
  note(
    @Param() p: DealIdParamDto,
    @Body() b: DealNoteDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once({ scope: `deal.note:${user.userId}`, key, request: { id: p.id, ...b } }, (em) =>
      this.deals.addNote(user, p.id, b.note, em),
    );
  }

  @PutRoute(':id/commission', DealViewDto, { policy: 'deal.commission', summary: '设置佣金条款（签约前）' })
  commission(@Param() p: DealIdParamDto, @Body() b: SetCommissionDto, @CurrentUser() user: Principal) {
    const { version, ...terms } = b;
    return this.deals.setCommission(user, p.id, version, terms);
  }
}
