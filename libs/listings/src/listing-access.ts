import { Injectable } from '@nestjs/common';
import { RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import type { ListingRow, Reveal } from './listing-mapping.js';
import type { ListingKind } from './listing.types.js';
import { ListingNotOwnerError, ListingReviewOutOfRegionError } from './listings.errors.js';

export interface Access extends Reveal {
  /** May see the listing in any status (owner, bureau of its region, platform admin). */
  privileged: boolean;
  canRead: boolean;
}

/** Ownership and region-scope rules of listings, in one place. */
@Injectable()
export class ListingAccess {
  constructor(private readonly regions: RegionService) {}

  isOwner(p: Principal | undefined, row: ListingRow): boolean {
    return !!p && p.orgId === row.orgId;
  }

  async inBureauScope(p: Principal | undefined, regionCode: string): Promise<boolean> {
    return !!p && isBureau(p) && (await this.regions.isWithin(regionCode, p.regionCode));
  }

  async of(kind: ListingKind, row: ListingRow, p: Principal | undefined): Promise<Access> {
    const privileged = this.isOwner(p, row) || (!!p && isPlatformAdmin(p)) || (await this.inBureauScope(p, row.regionCode));
    if (privileged) return { privileged, canRead: true, identity: true, contact: true };
    const verifiedOnly = kind === 'need' && (row as { visibility?: string }).visibility === 'verified';
    const canRead = row.status === 'published' && (!verifiedOnly || !!p?.orgVerified);
    return { privileged, canRead, identity: false, contact: !!p?.orgVerified };
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
