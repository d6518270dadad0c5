import { inTransaction } from '../../shared/database/index.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { chinaToday } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import type { Challenge } from './challenge.entity.js';
import { ListingAccess } from './listing-access.js';
import { ListingStore } from './listing-store.js';
import {
  ChallengeAlreadyAwardedError,
  ChallengeApplicationDuplicateError,
  ChallengeApplicationNotFoundError,
  ChallengeNotOpenError,
  ListingNotFoundError,
  ListingNotOwnerError,
  ListingOrgNotVerifiedError,
} from './listings.errors.js';

export interface ApplicationInput {
  teamName: string;
  proposal: string;
}

export interface ApplicationView {
  id: string;
  challengeId: string;
  orgId: string;
  /** The applying organisation's name (the owner decides between organisations). */
  orgName: string;
  teamName: string;
  proposal: string;
  status: ChallengeApplication['status'];
  createdAt: string;
  decidedAt: string | null;
}

interface Row {
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
                  FROM challenge_application a JOIN organization o ON o.id = a.org_id`;

const view = (a: Row): ApplicationView => ({
  id: a.id,
  challengeId: a.challenge_id,
  orgId: a.org_id,
  orgName: a.org_name,
  teamName: a.team_name,
  proposal: a.proposal,
  status: a.status,
  createdAt: new Date(a.created_at).toISOString(),
  decidedAt: a.decided_at ? new Date(a.decided_at).toISOString() : null,
});

async function load(em: EntityManager, id: string): Promise<ApplicationView> {
  const [row]: Row[] = await em.query(`${SELECT} WHERE a.id = $1`, [id]);
  return view(row!);
}

/** 揭榜: teams apply to a published challenge; its owner reads the applications and awards one. */
@Injectable()
export class ChallengeApplicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: ListingStore,
    private readonly access: ListingAccess,
  ) {}

  async apply(
    challengeId: string,
    p: Principal,
    input: ApplicationInput,
    outer?: EntityManager,
  ): Promise<ApplicationView> {
    if (!p.orgVerified) throw new ListingOrgNotVerifiedError();
    return inTransaction(
      this.ds,
      async (em) => {
        const challenge = (await this.store.get(em, 'challenge', challengeId)) as Challenge;
        if (!(await this.access.of('challenge', challenge, p, em)).canRead) throw new ChallengeNotOpenError();
        if (challenge.status !== 'published' || challenge.awardedApplicationId) throw new ChallengeNotOpenError();
        // Deadlines are China dates (the deadline day itself still takes applications).
        if (challenge.deadline && challenge.deadline < chinaToday()) throw new ChallengeNotOpenError();
        if (challenge.orgId === p.orgId) throw new ListingNotOwnerError();
        const rows: { id: string }[] = await em.query(
          `INSERT INTO challenge_application (challenge_id, org_id, applied_by, team_name, proposal) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (challenge_id, org_id) DO NOTHING RETURNING id`,
          [challengeId, p.orgId, p.userId, input.teamName, input.proposal],
        );
        if (rows.length === 0) throw new ChallengeApplicationDuplicateError();
        return load(em, rows[0]!.id);
      },
      outer,
    );
  }

  /** The owner's view of the applications, oldest first. */
  async list(challengeId: string, p: Principal, page: PageRequest): Promise<Page<ApplicationView>> {
    const challenge = await this.store.get(this.ds.manager, 'challenge', challengeId);
    this.access.assertOwner(p, challenge);
    const rows: Row[] = await this.ds.query(
      `${SELECT} WHERE a.challenge_id = $1 ORDER BY a.created_at ASC, a.id LIMIT $2 OFFSET $3`,
      [challengeId, page.pageSize, pageOffset(page)],
    );
    const [{ total }]: { total: number }[] = await this.ds.query(
      `SELECT count(*)::int AS total FROM challenge_application WHERE challenge_id = $1`,
      [challengeId],
    );
    return toPage(rows.map(view), total, page);
  }

  /**
   * The caller's organisation's application to a challenge it may see, or null: the applicant's
   * "已申请 / 已中榜" state.
   */
  async mine(challengeId: string, p: Principal): Promise<ApplicationView | null> {
    const challenge = await this.store.get(this.ds.manager, 'challenge', challengeId);
    if (!(await this.access.of('challenge', challenge, p)).canRead)
      throw new ListingNotFoundError('challenge', challengeId);
    const [row]: Row[] = await this.ds.query(`${SELECT} WHERE a.challenge_id = $1 AND a.org_id = $2`, [
      challengeId,
      p.orgId,
    ]);
    return row ? view(row) : null;
  }

  /**
   * Awards one application; the others are declined and the challenge closes (leaves search).
   * A closed challenge past its deadline (ListingDeadlines closes them) can still be awarded: the
   * deadline ends applications, then the owner reviews them (揭榜 → 评审 → 立项). One its owner
   * closed before the deadline cannot, until that deadline has passed.
   */
  async award(
    challengeId: string,
    applicationId: string,
    p: Principal,
    expectedVersion: number,
  ): Promise<ApplicationView> {
    return this.ds.transaction(async (em) => {
      const challenge = (await this.store.get(em, 'challenge', challengeId)) as Challenge;
      this.access.assertOwner(p, challenge);
      if (challenge.awardedApplicationId) throw new ChallengeAlreadyAwardedError();
      const expired = challenge.status === 'closed' && challenge.deadline !== null && challenge.deadline < chinaToday();
      if (challenge.status !== 'published' && !expired) throw new ChallengeNotOpenError();
      const app = await em.getRepository(ChallengeApplication).findOneBy({ id: applicationId, challengeId });
      if (!app || app.status !== 'submitted') throw new ChallengeApplicationNotFoundError(applicationId);
      const version = await this.store.updateVersioned(em, 'challenge', challengeId, expectedVersion, {
        awardedApplicationId: applicationId,
        status: 'closed',
        closedAt: () => 'coalesce(closed_at, now())',
      });
      await em.query(
        `UPDATE challenge_application SET status = CASE WHEN id = $2 THEN 'awarded' ELSE 'not_awarded' END, decided_at = now() WHERE challenge_id = $1 AND status = 'submitted'`,
        [challengeId, applicationId],
      );
      await this.store.indexChanged(em, 'challenge', challengeId, version);
      return load(em, applicationId);
    });
  }
}
