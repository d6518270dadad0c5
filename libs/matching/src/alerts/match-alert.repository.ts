import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../../shared/database/index.js';

/**
 * match_alert and challenge_match_alert: one row per pair ever alerted. The primary key makes
 * the insert the once-only check (ON CONFLICT DO NOTHING, in the notification's transaction).
 */
@Injectable()
export class MatchAlertRepository {
  /** True when the pair is new (and now recorded). */
  async recordPair(
    db: Queryable,
    a: {
      needId: string;
      achievementId: string;
      triggeredBy: 'need' | 'achievement';
      similarity: number;
      needRegion: string;
      achievementRegion: string;
      notifiedOrgId: string;
    },
  ): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO match_alert (need_id, achievement_id, triggered_by, similarity, need_region_code, achievement_region_code, notified_org_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING need_id`,
      [a.needId, a.achievementId, a.triggeredBy, a.similarity, a.needRegion, a.achievementRegion, a.notifiedOrgId],
    );
    return inserted.length > 0;
  }

  /** True when the pair is new (and now recorded). */
  async recordChallengePair(
    db: Queryable,
    a: {
      challengeId: string;
      achievementId: string;
      similarity: number;
      challengeRegion: string;
      achievementRegion: string;
      notifiedOrgId: string;
    },
  ): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO challenge_match_alert (challenge_id, achievement_id, similarity, challenge_region_code, achievement_region_code, notified_org_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING challenge_id`,
      [a.challengeId, a.achievementId, a.similarity, a.challengeRegion, a.achievementRegion, a.notifiedOrgId],
    );
    return inserted.length > 0;
  }
}
