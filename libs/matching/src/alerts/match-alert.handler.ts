import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LISTING_INDEXED, listingOfEvent } from '../../../listings/src/index.js';
import { EventBus, type Job, type JobHandler } from '../../../shared/jobs/index.js';
import { MatchAlertService } from './match-alert.service.js';

/** The match alerts' queue (a subscriber of `listing.indexed`). */
export const MATCH_ALERTS_QUEUE = 'matching.alerts';

/**
 * Alerts on `listing.indexed` of needs and achievements: once the listing is in the index, so
 * that of two matching listings published together the second alert finds the first. Idempotent
 * by construction: MatchAlertService alerts each pair once and ignores listings that are not
 * published now; several events of one listing in a batch are computed once.
 */
@Injectable()
export class MatchAlertHandler implements JobHandler, OnModuleInit {
  readonly queue = MATCH_ALERTS_QUEUE;

  constructor(
    private readonly events: EventBus,
    private readonly alerts: MatchAlertService,
  ) {}

  onModuleInit(): void {
    this.events.subscribe([LISTING_INDEXED], this);
  }

  async handle(jobs: Job[]): Promise<void> {
    const seen = new Set<string>();
    for (const j of jobs) {
      const listing = listingOfEvent(j.payload);
      if (!listing || listing.kind === 'challenge' || seen.has(`${listing.kind}:${listing.id}`)) continue;
      seen.add(`${listing.kind}:${listing.id}`);
      await this.alerts.alertFor(listing.kind, listing.id);
    }
  }
}
