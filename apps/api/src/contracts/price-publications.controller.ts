import { Body, Controller, Param, Query } from '@nestjs/common';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ObjectionPageDto, ObjectionViewDto, PublicationPageDto, PublicationViewDto } from './contract-views.dto.js';
import { PricePublicationService } from '../../../../libs/contracts/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  ApiIdempotencyKey,
  IdempotencyKey,
  IdempotencyService,
  PageQueryDto,
} from '../../../../libs/shared/http/index.js';
import { ContractIdParamDto, ObjectionDto, PublicationQueryDto, PublishPriceDto } from './contracts.dto.js';

/** 协议定价公示: published by the seller, readable by anyone, objections by signed-in users. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller()
export class PricePublicationsController {
  constructor(
    private readonly publications: PricePublicationService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(
    'contracts/:id/price-publication',
    { created: PublicationViewDto },
    { policy: 'contract.publish-price', summary: '发布协议定价公示（不少于 15 日）' },
  )
  @ApiIdempotencyKey(false)
  publish(
    @Param() p: ContractIdParamDto,
    @Body() b: PublishPriceDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once(
      { scope: `contract.publish-price:${user.userId}`, key, request: { id: p.id, ...b } },
      (em) => this.publications.publish(user, p.id, b, em),
    );
  }

  @GetRoute('price-publications', PublicationPageDto, {
    policy: 'publication.list',
    summary: '正在公示的协议定价（无需登录）',
  })
  current(@Query() q: PublicationQueryDto) {
    return this.publications.current(q);
  }

  @PostRoute(
    'price-publications/:id/objections',
    { created: ObjectionViewDto },
    { policy: 'publication.object', summary: '对公示提出异议（公示期内）' },
  )
  @ApiIdempotencyKey(false)
  object(
    @Param() p: ContractIdParamDto,
    @Body() b: ObjectionDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once(
      { scope: `publication.object:${user.userId}`, key, request: { id: p.id, ...b } },
      (em) => this.publications.object(user, p.id, b, em),
    );
  }

  @GetRoute('price-publications/:id/objections', ObjectionPageDto, {
    policy: 'publication.objections',
    summary: '公示的异议（卖方与辖区科技局；分页，先提出的在前）',
  })
  objections(@Param() p: ContractIdParamDto, @Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.publications.objections(user, p.id, q);
  }
}
