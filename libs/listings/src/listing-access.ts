import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import type { ListingRow, Reveal } from './listing-mapping.js';
import type { ListingKind } from './listing.types.js';
import { ListingRepository } from './listing.repository.js';
import { ListingNotOwnerError, ListingReviewOutOfRegionError } from './listings.errors.js';

export interface Access extends Reveal {
  /** May see the listing in any status (owner, bureau of its region, platform admin). */
  privileged: boolean;
  canRead: boolean;
}

/** Ownership and region-scope rules of listings, in one place. */
@Injectable()
export class ListingAccess {
  constructor(
    private readonly regions: RegionService,
    private readonly ds: DataSource,
    private readonly listings: ListingRepository,
  ) {}

  isOwner(p: Principal | undefined, row: ListingRow): boolean {
    return !!p && p.orgId === row.orgId;
  }

  async inBureauScope(p: Principal | undefined, regionCode: string): Promise<boolean> {
    return !!p && isBureau(p) && (await this.regions.isWithin(regionCode, p.regionCode));
  }

  /** `em`: the caller's transaction, when there is one (the applicant check reads through it). */
  async of(
    kind: ListingKind,
    row: ListingRow,
    p: Principal | undefined,
    em: EntityManager = this.ds.manager,
  ): Promise<Access> {
    const privileged =
      this.isOwner(p, row) || (!!p && isPlatformAdmin(p)) || (await this.inBureauScope(p, row.regionCode));
    if (privileged) return { privileged, canRead: true, identity: true, contact: true };
    const verifiedOnly = kind === 'need' && (row as { visibility?: string }).visibility === 'verified';
    // An applicant keeps sight of a challenge once it closes, to learn whether it won (揭榜结果).
    const canRead =
      (row.status === 'published' && (!verifiedOnly || !!p?.orgVerified)) ||
      (kind === 'challenge' && row.status === 'closed' && (await this.hasApplied(em, row.id, p)));
    return { privileged, canRead, identity: false, contact: !!p?.orgVerified };
  }

  private async hasApplied(em: EntityManager, challengeId: string, p: Principal | undefined): Promise<boolean> {
    if (!p) return false;
    return this.listings.hasApplied(em, challengeId, p.orgId);
  }

  assertOwner(p: Principal, row: ListingRow): void {
    if (!this.isOwner(p, row)) throw new ListingNotOwnerError();
  }

  /** Reviewers: bureau staff whose region contains the listing's, or the platform admin. */
  async assertReviewer(p: Principal, row: ListingRow): Promise<void> {
    if (isPlatformAdmin(p)) return;
    if (!(await this.inBureauScope(p, row.regionCode))) throw new ListingReviewOutOfRegionError(row.regionCode);
  }
}
