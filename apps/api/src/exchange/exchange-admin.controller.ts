import { Body, Controller, Param, Query } from '@nestjs/common';
import { DeleteRoute, GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ApiKeyPageDto,
  ApiKeyViewDto,
  CreatedApiKeyDto,
  CreatedWebhookDto,
  DeliveryPageDto,
  WebhookPageDto,
  WebhookViewDto,
} from './exchange-views.dto.js';
import { ApiKeyService, WebhookService } from '../../../../libs/exchange/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  ApiIdempotencyKey,
  IdempotencyKey,
  IdempotencyService,
  PageQueryDto,
} from '../../../../libs/shared/http/index.js';
import { CreateApiKeyDto, CreateWebhookDto, ExchangeIdParamDto } from './exchange.dto.js';

/** Platform admin: partner API keys. */
@ApiTags('exchange')
@ApiBearerAuth()
@Controller('exchange/keys')
export class ExchangeKeysController {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(
    undefined,
    { created: CreatedApiKeyDto },
    { policy: 'exchange.keys.create', summary: '为合作平台创建 API 密钥（密钥明文仅在此返回一次）' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateApiKeyDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `exchange.keys.create:${user.userId}`, key, request: b }, (em) =>
      this.keys.create(user, b, em),
    );
  }

  @GetRoute(undefined, ApiKeyPageDto, { policy: 'exchange.keys.list', summary: 'API 密钥列表（不含密钥明文）' })
  list(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.keys.list(user, q);
  }

  @DeleteRoute(':id', ApiKeyViewDto, { policy: 'exchange.keys.revoke', summary: '吊销 API 密钥' })
  revoke(@Param() p: ExchangeIdParamDto, @CurrentUser() user: Principal) {
    return this.keys.revoke(user, p.id);
  }
}

/** Platform admin: webhook subscriptions and their delivery log. */
@ApiTags('exchange')
@ApiBearerAuth()
@Controller('exchange/webhooks')
export class ExchangeWebhooksController {
  constructor(
    private readonly webhooks: WebhookService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(
    undefined,
    { created: CreatedWebhookDto },
    { policy: 'exchange.webhooks.create', summary: '订阅信息变更通知（签名密钥仅在此返回一次）' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateWebhookDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `exchange.webhooks.create:${user.userId}`, key, request: b }, (em) =>
      this.webhooks.create(user, b, em),
    );
  }

  @GetRoute(undefined, WebhookPageDto, { policy: 'exchange.webhooks.list', summary: 'Webhook 订阅列表' })
  list(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.webhooks.list(user, q);
  }

  @DeleteRoute(':id', WebhookViewDto, { policy: 'exchange.webhooks.delete', summary: '停用 Webhook 订阅' })
  disable(@Param() p: ExchangeIdParamDto, @CurrentUser() user: Principal) {
    return this.webhooks.disable(user, p.id);
  }

  @GetRoute(':id/deliveries', DeliveryPageDto, {
    policy: 'exchange.webhooks.deliveries',
    summary: '投递记录（尝试次数、状态码、错误、送达时间）',
  })
  deliveries(@Param() p: ExchangeIdParamDto, @Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.webhooks.deliveries(user, p.id, q);
  }
}
