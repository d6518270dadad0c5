import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DealBoardDto, DealPageDto, DealViewDto } from './deal-views.dto.js';
import { DealService } from '../../../../libs/brokerage/src/index.js';
import { Policy, CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
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

  @Post()
  @Policy('deal.open')
  @ApiOperation({ summary: '发起对接（经纪人或机构管理员；来自需求、成果、揭榜或匹配）' })
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: DealViewDto })
  open(@Body() b: OpenDealDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `deal.open:${user.userId}`, key, request: b }, (em) =>
      this.deals.open(user, b, em),
    );
  }

  @Get()
  @Policy('deal.list')
  @ApiOperation({ summary: '可见的对接项目' })
  @ApiOkResponse({ type: DealPageDto })
  list(@Query() q: DealListQueryDto, @CurrentUser() user: Principal) {
    return this.deals.list(user, q);
  }

  @Get('board')
  @Policy('deal.board')
  @ApiOperation({ summary: '对接看板（经纪人本人 / 科技局本辖区），按阶段分列' })
  @ApiOkResponse({ type: DealBoardDto })
  board(@Query() q: BoardQueryDto, @CurrentUser() user: Principal) {
    return this.deals.board(user, q.scope ?? 'broker', q.region, q.perColumn);
  }

  @Get(':id')
  @Policy('deal.read')
  @ApiOperation({ summary: '对接详情与时间线' })
  @ApiOkResponse({ type: DealViewDto })
  get(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.get(user, p.id);
  }

  @Post(':id/accept')
  @Policy('deal.accept')
  @HttpCode(200)
  @ApiOperation({ summary: '参与方接受邀请' })
  @ApiOkResponse({ type: DealViewDto })
  accept(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.respond(user, p.id, true);
  }

  @Post(':id/decline')
  @Policy('deal.decline')
  @HttpCode(200)
  @ApiOperation({ summary: '参与方谢绝邀请' })
  @ApiOkResponse({ type: DealViewDto })
  decline(@Param() p: DealIdParamDto, @CurrentUser() user: Principal) {
    return this.deals.respond(user, p.id, false);
  }

  @Post(':id/stage')
  @Policy('deal.stage')
  @HttpCode(200)
  @ApiOperation({ summary: '推进阶段（逐级；可随时终止）' })
  @ApiOkResponse({ type: DealViewDto })
  move(@Param() p: DealIdParamDto, @Body() b: MoveDealDto, @CurrentUser() user: Principal) {
    return this.deals.move(user, p.id, b.to, b.version, b.note);
  }

  @Post(':id/notes')
  @Policy('deal.note')
  @ApiOperation({ summary: '记录进展' })
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: DealViewDto })
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

  @Put(':id/commission')
  @Policy('deal.commission')
  @ApiOperation({ summary: '设置佣金条款（签约前）' })
  @ApiOkResponse({ type: DealViewDto })
  commission(@Param() p: DealIdParamDto, @Body() b: SetCommissionDto, @CurrentUser() user: Principal) {
    const { version, ...terms } = b;
    return this.deals.setCommission(user, p.id, version, terms);
  }
}
