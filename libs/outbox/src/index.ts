export { OutboxModule } from './outbox.module.js';
export { OutboxService, type OutboxEntry } from './outbox.service.js';
export {
  OutboxRelay,
  type OutboxHandler,
  type RelayedMessage,
  type DrainResult,
  type OutboxBacklog,
} from './outbox-relay.js';
export { OutboxMessage } from './outbox-message.entity.js';
export { retryDelayMs } from './backoff.js';
