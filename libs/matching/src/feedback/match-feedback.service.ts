import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListingReader } from '../../../listings/src/index.js';
import { RegionService } from '../../../reference/src/index.js';
import type { Principal } from '../../../shared/auth/index.js';
import { MatchFeedbackNotPartyError } from '../matching.errors.js';
import { MatchFeedbackRepository } from './match-feedback.repository.js';

export const MATCH_VERDICTS = ['relevant', 'not_relevant', 'contacted'] as const;
export type MatchVerdict = (typeof MATCH_VERDICTS)[number];

export interface MatchFeedbackInput {
  needId: string;
  achievementId: string;
  verdict: MatchVerdict;
}

export interface MatchFeedbackView extends MatchFeedbackInput {
  orgId: string;
  createdAt: string;
  updatedAt: string;
}

/** Counts for the quarterly matchmaking report (对接情况通报). */
export interface MatchmakingFigures {
  matchesMade: number;
  matchFeedback: Record<MatchVerdict, number>;
}

/** A broker: the broker role, or any user of a technology-transfer agency. */
const isBroker = (p: Principal) => p.roles.includes('broker') || p.orgType === 'broker_agency';

/**
 * Feedback on a match: the owner organisation of either listing, or a broker, says whether a
 * need/achievement pair is relevant, not relevant, or was contacted. One current verdict per
 * pair and organisation (upsert); the counts feed the quarterly matchmaking report.
 */
@Injectable()
export class MatchFeedbackService {
  constructor(
    private readonly ds: DataSource,
    private readonly reader: ListingReader,
    private readonly regions: RegionService,
    private readonly feedback: MatchFeedbackRepository,
  ) {}

  async record(p: Principal, input: MatchFeedbackInput): Promise<MatchFeedbackView> {
    // LISTING_NOT_FOUND (404) for listings the caller may not see, before any other answer.
    const need = await this.reader.getVisible('need', input.needId, p);
    const achievement = await this.reader.getVisible('achievement', input.achievementId, p);
    // orgId is shown to the owner even for an anonymous need, so this is the ownership test.
    const party = need.orgId === p.orgId || achievement.orgId === p.orgId || isBroker(p);
    if (!party) throw new MatchFeedbackNotPartyError();
    const row = await this.feedback.upsert(this.ds.manager, {
      needId: need.id,
      achievementId: achievement.id,
      orgId: p.orgId,
      userId: p.userId,
      verdict: input.verdict,
      needRegion: need.regionCode,
      achievementRegion: achievement.regionCode,
    });
    return {
      ...input,
      orgId: p.orgId,
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
    };
  }

  /**
   * For a region subtree (null: the nation) and [from, toExclusive) China dates: alerts sent
   * (matches made: need/achievement pairs and 揭榜挂帅 challenge/achievement pairs) and current
   * verdicts last set in the period, by verdict. A pair counts for a region when either
   * listing lies in it.
   */
  async figures(regionCode: string | null, from: string, toExclusive: string): Promise<MatchmakingFigures> {
    const codes = regionCode === null ? null : await this.regions.subtreeCodes(regionCode);
    const { matches: n, verdicts: rows } = await this.feedback.figures(this.ds.manager, codes, from, toExclusive);
    const matchFeedback = Object.fromEntries(
      MATCH_VERDICTS.map((v) => [v, rows.find((r) => r.verdict === v)?.n ?? 0]),
    ) as Record<MatchVerdict, number>;
    return { matchesMade: n, matchFeedback };
  }
}
