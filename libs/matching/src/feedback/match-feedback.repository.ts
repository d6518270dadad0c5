import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../../shared/database/index.js';

/** match_feedback, and the alert tables as the quarterly report counts them. */
@Injectable()
export class MatchFeedbackRepository {
  /** One current verdict per pair and organisation. */
  async upsert(
    db: Queryable,
    f: {
      needId: string;
      achievementId: string;
      orgId: string;
      userId: string;
      verdict: string;
      needRegion: string;
      achievementRegion: string;
    },
  ): Promise<{ created_at: Date; updated_at: Date }> {
    const [row] = await returningRows<{ created_at: Date; updated_at: Date }>(
      db,
      `INSERT INTO match_feedback (need_id, achievement_id, org_id, user_id, verdict, need_region_code, achievement_region_code)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (need_id, achievement_id, org_id) DO UPDATE SET verdict = EXCLUDED.verdict, user_id = EXCLUDED.user_id, updated_at = now()
       RETURNING created_at, updated_at`,
      [f.needId, f.achievementId, f.orgId, f.userId, f.verdict, f.needRegion, f.achievementRegion],
    );
    return row!;
  }

  /**
   * Alerts sent and current verdicts last set in [from, toExclusive) (China dates), by
   * verdict; with `regionCodes`, pairs with either listing in them.
   */
  async figures(
    db: Queryable,
    regionCodes: string[] | null,
    from: string,
    toExclusive: string,
  ): Promise<{ matches: number; verdicts: { verdict: string; n: number }[] }> {
    const params: unknown[] = [from, toExclusive];
    if (regionCodes !== null) params.push(regionCodes);
    const within = (col: string, a = 'need_region_code', b = 'achievement_region_code') =>
      `${col} >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND ${col} < ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai')` +
      (regionCodes !== null ? ` AND (${a} = ANY($3) OR ${b} = ANY($3))` : '');
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT ((SELECT count(*) FROM match_alert WHERE ${within('created_at')})
             + (SELECT count(*) FROM challenge_match_alert WHERE ${within('created_at', 'challenge_region_code')}))::int AS n`,
      params,
    );
    const verdicts: { verdict: string; n: number }[] = await db.query(
      `SELECT verdict, count(*)::int AS n FROM match_feedback WHERE ${within('updated_at')} GROUP BY verdict`,
      params,
    );
    return { matches: n, verdicts };
  }
}
