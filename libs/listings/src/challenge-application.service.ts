import { inTransaction } from '../../shared/database/index.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { chinaToday } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import type { ChallengeApplication } from './challenge-application.entity.js';
import { ChallengeApplicationRepository, type ApplicationRow } from './challenge-application.repository.js';
import type { Challenge } from './challenge.entity.js';
import { ListingAccess } from './listing-access.js';
import { ListingStore } from './listing-store.js';
import { CHALLENGE_APPLIED, CHALLENGE_AWARDED } from './listing.events.js';
import { ListingRepository } from './listing.repository.js';
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

const view = (a: ApplicationRow): ApplicationView => ({
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

/** 揭榜: teams apply to a published challenge; its owner reads the applications and awards one. */
@Injectable()
export class ChallengeApplicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: ListingStore,
    private readonly listings: ListingRepository,
    private readonly applications: ChallengeApplicationRepository,
    private readonly access: ListingAccess,
  ) {}

  private async load(em: EntityManager, id: string): Promise<ApplicationView> {
    return view((await this.applications.row(em, id))!);
  }

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
        const challenge = (await this.listings.get(em, 'challenge', challengeId)) as Challenge;
        if (!(await this.access.of('challenge', challenge, p, em)).canRead) throw new ChallengeNotOpenError();
        if (challenge.status !== 'published' || challenge.awardedApplicationId) throw new ChallengeNotOpenError();
        // Deadlines are China dates (the deadline day itself still takes applications).
        if (challenge.deadline && challenge.deadline < chinaToday()) throw new ChallengeNotOpenError();
        if (challenge.orgId === p.orgId) throw new ListingNotOwnerError();
        const id = await this.applications.insert(em, {
          challengeId,
          orgId: p.orgId,
          userId: p.userId,
          teamName: input.teamName,
          proposal: input.proposal,
        });
        if (id === undefined) throw new ChallengeApplicationDuplicateError();
        await this.store.challenge(em, CHALLENGE_APPLIED, { challengeId, applicationId: id });
        return this.load(em, id);
      },
      outer,
    );
  }

  /** The owner's view of the applications, oldest first. */
  async list(challengeId: string, p: Principal, page: PageRequest): Promise<Page<ApplicationView>> {
    const challenge = await this.listings.get(this.ds.manager, 'challenge', challengeId);
    this.access.assertOwner(p, challenge);
    const { rows, total } = await this.applications.page(this.ds.manager, challengeId, page.pageSize, pageOffset(page));
    return toPage(rows.map(view), total, page);
  }

  /**
   * The caller's organisation's application to a challenge it may see, or null: the applicant's
   * "已申请 / 已中榜" state.
   */
  async mine(challengeId: string, p: Principal): Promise<ApplicationView | null> {
    const challenge = await this.listings.get(this.ds.manager, 'challenge', challengeId);
    if (!(await this.access.of('challenge', challenge, p)).canRead)
      throw new ListingNotFoundError('challenge', challengeId);
    const row = await this.applications.ofOrg(this.ds.manager, challengeId, p.orgId);
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
      const challenge = (await this.listings.get(em, 'challenge', challengeId)) as Challenge;
      this.access.assertOwner(p, challenge);
      if (challenge.awardedApplicationId) throw new ChallengeAlreadyAwardedError();
      const expired = challenge.status === 'closed' && challenge.deadline !== null && challenge.deadline < chinaToday();
      if (challenge.status !== 'published' && !expired) throw new ChallengeNotOpenError();
      const app = await this.applications.find(em, challengeId, applicationId);
      if (!app || app.status !== 'submitted') throw new ChallengeApplicationNotFoundError(applicationId);
      const version = await this.listings.updateVersioned(em, 'challenge', challengeId, expectedVersion, {
        awardedApplicationId: applicationId,
        status: 'closed',
        closedAt: () => 'coalesce(closed_at, now())',
      });
      await this.applications.decide(em, challengeId, applicationId);
      await this.store.indexChanged(em, 'challenge', challengeId, version);
      await this.store.challenge(em, CHALLENGE_AWARDED, { challengeId, applicationId });
      return this.load(em, applicationId);
    });
  }
}
