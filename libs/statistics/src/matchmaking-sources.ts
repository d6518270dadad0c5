import { Injectable } from '@nestjs/common';

/** What one other lib can count for the quarterly matchmaking report (对接情况通报). */
export interface MatchmakingCounts {
  needsCollected?: number;
  achievementsRegistered?: number;
  matchesMade?: number;
  /** Deals that reached each stage in the period (lead, contacted, …, signed, dropped). */
  dealsByStage?: Record<string, number>;
  /** Feedback on matches last given in the period, by verdict (relevant, not_relevant, contacted). */
  matchFeedback?: Record<string, number>;
  /** Roadshows (路演) held in the period, their registrations, attendance and the deals that followed. */
  roadshows?: { held: number; registrations: number; attended: number; followUpDeals: number };
}

/**
 * Port: listings, matching and brokerage each register a source from their module's
 * onModuleInit (`sources.register({...})`), so statistics never reads their tables and has
 * no dependency on them. A figure no source provides is reported as null with a reason.
 */
export interface MatchmakingSource {
  name: string;
  /** Counts for regions in the subtree of `regionCode` (null: nation), dates [from, toExclusive). */
  counts(regionCode: string | null, from: string, toExclusive: string): Promise<MatchmakingCounts>;
}

@Injectable()
export class MatchmakingSources {
  private readonly sources: MatchmakingSource[] = [];

  register(source: MatchmakingSource): void {
    this.sources.push(source);
  }

  all(): readonly MatchmakingSource[] {
    return this.sources;
  }
}
