import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { chinaToday } from '../../reference/src/index.js';
import { ListingStore } from './listing-store.js';
import { ListingRepository, TABLE_OF } from './listing.repository.js';

/** Kinds with a deadline: needs (需求征集截止) and challenges (揭榜截止); achievements run until withdrawn. */
const WITH_DEADLINE = ['need', 'challenge'] as const;

const BATCH = 200;

/**
 * Closes published needs and challenges whose deadline has passed (the domain's "published →
 * closed: expired"). Deadlines are China dates and the deadline day itself is still open. A
 * listing closes as an owner's close would: status closed, closed_at, version + 1, and
 * the `listing.changed` event (ListingStore), plus an audit row
 * with no actor. The worker runs it on a timer.
 *
 * Safe with several workers: each batch locks its rows with FOR UPDATE SKIP LOCKED and updates
 * only rows still published, so a listing is closed once; a row some other transaction holds (an
 * owner editing it, another worker) is skipped and taken in a later round if still due.
 */
@Injectable()
export class ListingDeadlines {
  constructor(
    private readonly ds: DataSource,
    private readonly store: ListingStore,
    private readonly listings: ListingRepository,
    private readonly audit: AuditService,
  ) {}

  /** Closes every listing due on `today` (default: today in China); answers how many. */
  async closeExpired(today: string = chinaToday()): Promise<number> {
    let closed = 0;
    for (const kind of WITH_DEADLINE) {
      for (;;) {
        const n = await this.closeBatch(kind, today);
        closed += n;
        if (n < BATCH) break;
      }
    }
    return closed;
  }

  private async closeBatch(kind: (typeof WITH_DEADLINE)[number], today: string): Promise<number> {
    const table = TABLE_OF[kind];
    return this.ds.transaction(async (em) => {
      const rows = await this.listings.closeExpired(em, kind, today, BATCH);
      if (rows.length === 0) return 0;
      await this.store.indexChangedMany(
        em,
        kind,
        rows.map((r) => ({ id: r.id, version: r.version })),
      );
      for (const r of rows) {
        await this.audit.record(em, {
          actor: null,
          action: 'listing.expire',
          targetType: table,
          targetId: r.id,
          regionCode: r.region_code,
          before: { status: 'published' },
          after: { status: 'closed', deadline: r.deadline, version: r.version },
        });
      }
      return rows.length;
    });
  }
}
