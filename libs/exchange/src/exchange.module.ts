import { ExchangeNoticesHandler } from './exchange-notices.handler.js';
import { NotificationsModule } from '../../notifications/src/index.js';
import { Module } from '@nestjs/common';
import { IdentityModule } from '../../identity/src/index.js';
import { ListingsModule } from '../../listings/src/index.js';
import { ApiKeyService } from './api-key.service.js';
import { ExchangeFeedService } from './exchange-feed.service.js';
import { ExchangePushService } from './exchange-push.service.js';
import { ListingEventHandler } from './listing-event.handler.js';
import { WebhookDispatcher } from './webhook-dispatcher.js';
import { WebhookService } from './webhook.service.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ExternalRefRepository } from './external-ref.repository.js';
import { WebhookRepository } from './webhook.repository.js';

/** What other modules (and the worker) use. */
const EXPORTED = [
  ApiKeyService,
  ExchangeFeedService,
  ExchangePushService,
  WebhookService,
  ListingEventHandler,
  WebhookDispatcher,
];

/**
 * Data exchange with partner platforms: API keys, the incremental listing feed, pushes on behalf
 * of an organisation, webhooks. Listing events arrive as jobs of the job queue (JobsModule is global).
 */
@Module({
  imports: [ListingsModule, IdentityModule, NotificationsModule],
  providers: [ApiKeyRepository, ExternalRefRepository, WebhookRepository, ExchangeNoticesHandler, ...EXPORTED],
  exports: EXPORTED,
})
export class ExchangeModule {}
