import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WebhookDispatcher } from '../../../libs/exchange/src/index.js';

/** Runs the partner webhook delivery loop in the worker process. */
@Injectable()
export class WebhookDeliveryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookDeliveryJob.name);

  constructor(private readonly dispatcher: WebhookDispatcher) {}

  onApplicationBootstrap(): void {
    this.dispatcher.start();
    this.logger.log('webhook delivery started');
  }

  async onApplicationShutdown(): Promise<void> {
    await this.dispatcher.stop();
  }
}
