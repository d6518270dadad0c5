import { Operation } from '../openapi/routes.js';
import { Body, Controller, Get, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ExchangeFeedService, ExchangePushService, type ApiKeyPrincipal } from '../../../../libs/exchange/src/index.js';
import type { ListingInput } from '../../../../libs/listings/src/index.js';
import { CreateAchievementDto, CreateChallengeDto, CreateNeedDto } from '../listings/listings.dto.js';
import { ApiKeyGuard, CurrentApiKey, RequireScope } from './api-key.guard.js';
import { FeedQueryDto, PushListingDto } from './exchange.dto.js';

/** Partner platforms (信息互联互通): incremental listing sync and pushes, with an API key. */
@ApiTags('exchange')
@ApiHeader({ name: 'X-Api-Key', required: true, description: '平台管理员发放的 API 密钥' })
@ApiExtraModels(CreateNeedDto, CreateAchievementDto, CreateChallengeDto)
@UseGuards(ApiKeyGuard)
@Controller('exchange/listings')
export class ExchangeListingsController {
  constructor(
    private readonly feed: ExchangeFeedService,
    private readonly pushes: ExchangePushService,
  ) {}

  @Get()
  @Operation('exchange.listings.pull', '增量同步已发布信息（按更新时间与 id 排序，游标分页；deleted=true 表示应删除）')
  @RequireScope('listings:read')
  list(@Query() q: FeedQueryDto) {
    return this.feed.page({
      updatedSince: q.updatedSince ? new Date(q.updatedSince) : undefined,
      cursor: q.cursor,
      limit: q.limit,
      kind: q.kind,
    });
  }

  @Post()
  @Operation(
    'exchange.listings.push',
    '代密钥所属单位推送信息：按 externalId 新建（201）或更新（200），随后提交审核或直接发布',
  )
  @RequireScope('listings:push')
  async push(
    @Body() b: PushListingDto,
    @CurrentApiKey() key: ApiKeyPrincipal,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.pushes.push(key, {
      kind: b.kind,
      externalId: b.externalId,
      listing: b.listing as ListingInput,
    });
    res.status(result.created ? 201 : 200);
    return result;
  }
}
