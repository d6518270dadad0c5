import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import { ChallengeApplication } from './challenge-application.entity.js';
import type { Challenge } from './challenge.entity.js';
import { ListingAccess } from './listing-access.js';
import { ListingStore } from './listing-store.js';
import {
  ChallengeAlreadyAwardedError,
  ChallengeApplicationDuplicateError,
  ChallengeApplicationNotFoundError,
  ChallengeNotOpenError,
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
  teamName: string;
  proposal: string;
  status: ChallengeApplication['status'];
  createdAt: string;
  decidedAt: string | null;
}

const view = (a: ChallengeApplication): ApplicationView => ({
  id: a.id,
  challengeId: a.challengeId,
  orgId: a.orgId,
  teamName: a.teamName,
  proposal: a.proposal,
  status: a.status,
  createdAt: new Date(a.createdAt).toISOString(),
  decidedAt: a.decidedAt ? new Date(a.decidedAt).toISOString() : null,
});

/** 揭榜: teams apply to a published challenge; its owner reads the applications and awards one. */
@Injectable()
export class ChallengeApplicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: ListingStore,
    private readonly access: ListingAccess,
  ) {}

  async apply(challengeId: string, p: Principal, input: ApplicationInput): Promise<ApplicationView> {
    if (!p.orgVerified) throw new ListingOrgNotVerifiedError();
    return this.ds.transaction(async (em) => {
      const challenge = (await this.store.get(em, 'challenge', challengeId)) as Challenge;
      if (!(await this.access.of('challenge', challenge, p)).canRead) throw new ChallengeNotOpenError();
      if (challenge.status !== 'published' || challenge.awardedApplicationId) throw new ChallengeNotOpenError();
      if (challenge.deadline && challenge.deadline < new Date().toISOString().slice(0, 10)) throw new ChallengeNotOpenError();
      if (challenge.orgId === p.orgId) throw new ListingNotOwnerError();
      const rows: { id: string }[] = await em.query(
        `INSERT INTO challenge_application (challenge_id, org_id, applied_by, team_name, proposal) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (challenge_id, org_id) DO NOTHING RETURNING id`,
        [challengeId, p.orgId, p.userId, input.teamName, input.proposal],
      );
      if (rows.length === 0) throw new ChallengeApplicationDuplicateError();
      return view((await em.getRepository(ChallengeApplication).findOneBy({ id: rows[0]!.id }))!);
    });
  }

  async list(challengeId: string, p: Principal): Promise<ApplicationView[]> {
    const challenge = await this.store.get(this.ds.manager, 'challenge', challengeId);
    this.access.assertOwner(p, challenge);
    const rows = await this.ds.getRepository(ChallengeApplication).find({ where: { challengeId }, order: { createdAt: 'ASC' } });
    return rows.map(view);
  }

  /** Awards one application; the others are declined and the challenge closes (leaves search). */
  async award(challengeId: string, applicationId: string, p: Principal, expectedVersion: number): Promise<ApplicationView> {
    return this.ds.transaction(async (em) => {
      const challenge = (await this.store.get(em, 'challenge', challengeId)) as Challenge;
      this.access.assertOwner(p, challenge);
      if (challenge.awardedApplicationId) throw new ChallengeAlreadyAwardedError();
      if (challenge.status !== 'published') throw new ChallengeNotOpenError();
      const app = await em.getRepository(ChallengeApplication).findOneBy({ id: applicationId, challengeId });
      if (!app || app.status !== 'submitted') throw new ChallengeApplicationNotFoundError(applicationId);
      const version = await this.store.updateVersioned(em, 'challenge', challengeId, expectedVersion, {
        awardedApplicationId: applicationId,
        status: 'closed',
        closedAt: () => 'now()',
      });
      await em.query(`UPDATE challenge_application SET status = CASE WHEN id = $2 THEN 'awarded' ELSE 'not_awarded' END, decided_at = now() WHERE challenge_id = $1 AND status = 'submitted'`, [
        challengeId,
        applicationId,
      ]);
      await this.store.indexChanged(em, 'challenge', challengeId, version);
      return view((await em.getRepository(ChallengeApplication).findOneBy({ id: applicationId }))!);
    });
  }
}
