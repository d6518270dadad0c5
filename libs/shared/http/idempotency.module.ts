import { Module } from '@nestjs/common';
import { registerErrorStatuses } from '../errors/index.js';
import { idempotencyErrorStatus } from './idempotency.errors.js';
import { IdempotencyService } from './idempotency.service.js';
import { IdempotencyRepository } from './idempotency.repository.js';

registerErrorStatuses(idempotencyErrorStatus);

/** The idempotency-key store for operations clients may retry (submit, certify). */
@Module({
  providers: [IdempotencyRepository, IdempotencyService],
  exports: [IdempotencyService],
})
export class IdempotencyModule {}
