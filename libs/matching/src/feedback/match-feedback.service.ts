import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListingReader } from '../../../listings/src/index.js';
import { RegionService } from '../../../reference/src/index.js';
import type { Principal } from '../../../shared/auth/index.js';
import { MatchFeedbackNotPartyError } from '../matching.errors.js';

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
  ) {}

  async record(p: Principal, input: MatchFeedbackInput): Promise<MatchFeedbackView> {
    // LISTING_NOT_FOUND (404) for listings the caller may not see, before any other answer.
    const need = await this.reader.getVisible('need', input.needId, p);
    const achievement = await this.reader.getVisible('achievement', input.achievementId, p);
    // orgId is shown to the owner even for an anonymous need, so this is the ownership test.
    const party = need.orgId === p.orgId || achievement.orgId === p.orgId || isBroker(p);
    if (!party) throw new MatchFeedbackNotPartyError();
    const [row]: { created_at: Date; updated_at: Date }[] = await this.ds.query(
      `INSERT INTO match_feedback (need_id, achievement_id, org_id, user_id, verdict, need_region_code, achievement_region_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (need_id, achievement_id, org_id) DO UPDATE SET verdict = EXCLUDED.verdict, user_id = EXCLUDED.user_id, updated_at = now()
       RETURNING created_at, updated_at`,
      [need.id, achievement.id, p.orgId, p.userId, input.verdict, need.regionCode, achievement.regionCode],
    );
    return {
      ...input,
      orgId: p.orgId,
      createdAt: new Date(row!.created_at).toISOString(),
      updatedAt: new Date(row!.updated_at).toISOString(),
    };
  }

  /**
   * For a region subtree (null: the nation) and [from, toExclusive) China dates: alerts sent
   * (matches made: need/achievement pairs and 揭榜挂帅 challenge/achievement pairs) and current
   * verdicts last set in the period, by verdict. A pair counts for a region when either
   * listing lies in it.
   */
  async figures(regionCode: string | null, from: string, toExclusive: string): Promise<MatchmakingFigures> {
    const params: unknown[] = [from, toExclusive];
    if (regionCode !== null) params.push(await this.regions.subtreeCodes(regionCode));
    const within = (col: string, a = 'need_region_code', b = 'achievement_region_code') =>
      `${col} >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${col} < ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')` +
      (regionCode !== null ? ` AND (${a} = ANY($3) OR ${b} = ANY($3))` : '');
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT ((SELECT count(*) FROM match_alert WHERE ${within('created_at')})
             + (SELECT count(*) FROM challenge_match_alert WHERE ${within('created_at', 'challenge_region_code')}))::int AS n`,
      params,
    );
    const rows: { verdict: MatchVerdict; n: number }[] = await this.ds.query(
      `SELECT verdict, count(*)::int AS n FROM match_feedback WHERE ${within('updated_at')} GROUP BY verdict`,
      params,
    );
    const matchFeedback = Object.fromEntries(
      MATCH_VERDICTS.map((v) => [v, rows.find((r) => r.verdict === v)?.n ?? 0]),
    ) as Record<MatchVerdict, number>;
    return { matchesMade: n, matchFeedback };
  }
}
