import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../shared/database/index.js';
import { ChallengeApplication } from './challenge-application.entity.js';

/** An application with the applying organisation's name (identity's org_summary). */
export interface ApplicationRow {
  id: string;
  challenge_id: string;
  org_id: string;
  org_name: string;
  team_name: string;
  proposal: string;
  status: ChallengeApplication['status'];
  created_at: Date;
  decided_at: Date | null;
}

const SELECT = `SELECT a.id, a.challenge_id, a.org_id, o.name AS org_name, a.team_name, a.proposal, a.status, a.created_at, a.decided_at
                  FROM challenge_application a JOIN org_summary o ON o.id = a.org_id`;

/** challenge_application (揭榜). Methods take the caller's EntityManager. */
@Injectable()
export class ChallengeApplicationRepository {
  /** The new application's id, or undefined when the organisation has applied already. */
  async insert(
    db: Queryable,
    a: { challengeId: string; orgId: string; userId: string; teamName: string; proposal: string },
  ): Promise<string | undefined> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO challenge_application (challenge_id, org_id, applied_by, team_name, proposal) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (challenge_id, org_id) DO NOTHING RETURNING id`,
      [a.challengeId, a.orgId, a.userId, a.teamName, a.proposal],
    );
    return rows[0]?.id;
  }

  async row(db: Queryable, id: string): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await db.query(`${SELECT} WHERE a.id = $1`, [id]);
    return row;
  }

  async ofOrg(db: Queryable, challengeId: string, orgId: string): Promise<ApplicationRow | undefined> {
    const [row]: ApplicationRow[] = await db.query(`${SELECT} WHERE a.challenge_id = $1 AND a.org_id = $2`, [
      challengeId,
      orgId,
    ]);
    return row;
  }

  /** A page of a challenge's applications, oldest first, and how many there are. */
  async page(
    db: Queryable,
    challengeId: string,
    limit: number,
    offset: number,
  ): Promise<{ rows: ApplicationRow[]; total: number }> {
    const rows: ApplicationRow[] = await db.query(
      `${SELECT} WHERE a.challenge_id = $1 ORDER BY a.created_at ASC, a.id LIMIT $2 OFFSET $3`,
      [challengeId, limit, offset],
    );
    const [{ total }]: { total: number }[] = await db.query(
      `SELECT count(*)::int AS total FROM challenge_application WHERE challenge_id = $1`,
      [challengeId],
    );
    return { rows, total };
  }

  /** Every application to a challenge (who applied and how it ended). */
  async ofChallenge(db: Queryable, challengeId: string): Promise<ApplicationRow[]> {
    return db.query(`${SELECT} WHERE a.challenge_id = $1 ORDER BY a.created_at, a.id`, [challengeId]);
  }

  find(db: EntityManager, challengeId: string, id: string): Promise<ChallengeApplication | null> {
    return db.getRepository(ChallengeApplication).findOneBy({ id, challengeId });
  }

  /** The award: one application wins, every other still submitted is declined. */
  async decide(db: Queryable, challengeId: string, awardedId: string): Promise<void> {
    await db.query(
      `UPDATE challenge_application SET status = CASE WHEN id = $2 THEN 'awarded' ELSE 'not_awarded' END, decided_at = now()
        WHERE challenge_id = $1 AND status = 'submitted'`,
      [challengeId, awardedId],
    );
  }
}
