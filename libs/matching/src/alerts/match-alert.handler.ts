import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OutboxRelay, type OutboxHandler, type RelayedMessage } from '../../../outbox/src/index.js';
import { MatchAlertService } from './match-alert.service.js';

/** Written by ListingStore.indexChanged next to `listing.changed` for needs and achievements. */
export const MATCH_ALERTS_TOPIC = 'matching.alerts';

/**
 * Relays `matching.alerts` rows to MatchAlertService. Idempotent by construction: the service
 * alerts each pair once and ignores listings that are not published now; several rows of one
 * listing in a batch are computed once.
 */
@Injectable()
export class MatchAlertHandler implements OutboxHandler, OnModuleInit {
  readonly topic = MATCH_ALERTS_TOPIC;

  constructor(
    private readonly relay: OutboxRelay,
    private readonly alerts: MatchAlertService,
  ) {}

  onModuleInit(): void {
    this.relay.register(this);
  }

  async handle(messages: RelayedMessage[]): Promise<void> {
    const seen = new Set<string>();
    for (const m of messages) {
      const { kind, id } = m.payload as { kind?: unknown; id?: unknown };
      if ((kind !== 'need' && kind !== 'achievement') || typeof id !== 'string' || seen.has(`${kind}:${id}`)) continue;
      seen.add(`${kind}:${id}`);
      await this.alerts.alertFor(kind, id);
    }
  }
}
