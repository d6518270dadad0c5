import type { EventInput } from '../../shared/jobs/index.js';

/**
 * A partner's webhook endpoint has been failing for an hour: a delivery to it still fails an
 * hour after it was queued. Published once (WebhookDispatcher, in the transaction that records
 * the failure) until a delivery to it succeeds again. Keyed `webhook:<id>`. Payload:
 * {@link WebhookFailingEvent}.
 */
export const WEBHOOK_FAILING = 'exchange.webhook-failing';

export interface WebhookFailingEvent {
  webhookId: string;
}

export function webhookFailing(e: WebhookFailingEvent): EventInput {
  return { key: `webhook:${e.webhookId}`, payload: { ...e } };
}
