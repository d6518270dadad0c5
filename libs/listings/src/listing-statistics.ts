import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListingRepository } from './listing.repository.js';

/** What listings count for the quarterly matchmaking report (对接情况通报). */
export interface ListingMatchmakingCounts {
  needsCollected: number;
  achievementsRegistered: number;
}

/**
 * Counts of listings for the quarterly matchmaking report, registered with the statistics lib's
 * MatchmakingSources port (statistics never reads our tables).
 *
 * 需求征集 (needs collected): the plans ask bureaus to collect enterprises' technical needs and
 * publish them (临沂: 常态化推进企业技术需求征集 … 发布技术需求), so a need counts once it has
 * entered the market: when it is first published, after the bureau's review where review is
 * on, at submission where it is off. A submission that is rejected was not collected; a need
 * withdrawn or closed later still counts in the period it was collected; republishing it (after
 * a withdrawal, or the re-review of an edit) does not count it again. 成果登记 (achievements
 * registered: 科技成果在线登记) likewise counts an achievement when it is first published.
 * Hence `first_published_at`, which a trigger sets once on every path that publishes
 * (migration 1764810000000), rather than `published_at` (moves) or `submitted_at` (moves, and
 * includes rejected submissions).
 *
 * A listing counts for the regions above its owner organisation's region (identity's org_summary,
 * reference's region_subtree).
 */
@Injectable()
export class ListingStatistics {
  constructor(
    private readonly ds: DataSource,
    private readonly listings: ListingRepository,
  ) {}

  /** For a region subtree (null: the nation) and [from, toExclusive) China dates. */
  async matchmakingCounts(
    regionCode: string | null,
    from: string,
    toExclusive: string,
  ): Promise<ListingMatchmakingCounts> {
    const row = await this.listings.firstPublishedCounts(this.ds.manager, regionCode, from, toExclusive);
    return { needsCollected: row.needs, achievementsRegistered: row.achievements };
  }

  /** 揭榜挂帅 challenges published (技术攻关 projects organised) or awarded (立项), by month. */
  async challengesByMonth(
    what: 'published' | 'awarded',
    regionCode: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<Map<string, number>> {
    const rows = await this.listings.challengesByMonth(this.ds.manager, what, regionCode, fromMonth, toMonth);
    return new Map(rows.map((r) => [r.month, r.n]));
  }
}
