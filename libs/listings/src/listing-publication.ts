import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Achievement } from './achievement.entity.js';
import { ListingStore } from './listing-store.js';
import { ListingRepository } from './listing.repository.js';
import type { TechNeed } from './tech-need.entity.js';

type Owned =
  | 'orgId'
  | 'createdBy'
  | 'title'
  | 'description'
  | 'keywords'
  | 'techFieldCode'
  | 'regionCode'
  | 'contactName'
  | 'contactPhone';
type NeedOnly =
  'industry' | 'budgetMinFen' | 'budgetMaxFen' | 'deadline' | 'cooperationModes' | 'visibility' | 'anonymous';
type AchievementOnly =
  'registryNumber' | 'achievementType' | 'trl' | 'ipItems' | 'team' | 'transferModes' | 'priceFen' | 'negotiable';

/** A listing's own values, in entity property names; the lifecycle columns are set here. */
export type PublishedNeedValues = Pick<TechNeed, Owned> & Partial<Pick<TechNeed, NeedOnly>>;
export type PublishedAchievementValues = Pick<Achievement, Owned> & Partial<Pick<Achievement, AchievementOnly>>;

/**
 * Listings that enter the market already published, in the caller's transaction: a bureau's
 * bulk import of its register (the bureau vouches for it, so it stands as the review). They get
 * what a publication through submit or review gets: status, submitted/published/reviewed
 * stamps from the database clock, a version, and the same `listing.changed` event (ListingStore
 * .indexChangedMany), so nothing downstream can tell an imported listing from a published one —
 * except that the event says `bulk`, so match alerts run in the background (a 100 k-row register
 * is about an hour of matching), after everyone else's work.
 */
@Injectable()
export class ListingPublication {
  constructor(
    private readonly store: ListingStore,
    private readonly listings: ListingRepository,
  ) {}

  async insertPublished(
    em: EntityManager,
    kind: 'need',
    reviewerId: string,
    rows: PublishedNeedValues[],
  ): Promise<string[]>;
  async insertPublished(
    em: EntityManager,
    kind: 'achievement',
    reviewerId: string,
    rows: PublishedAchievementValues[],
  ): Promise<string[]>;
  async insertPublished(
    em: EntityManager,
    kind: 'need' | 'achievement',
    reviewerId: string,
    rows: (PublishedNeedValues | PublishedAchievementValues)[],
  ): Promise<string[]> {
    if (rows.length === 0) return [];
    const version = 1;
    const published = {
      status: 'published',
      submittedAt: () => 'now()',
      publishedAt: () => 'now()',
      reviewedAt: () => 'now()',
      reviewedBy: reviewerId,
      rejectReason: null,
      version,
    };
    const ids = await this.listings.insertMany(
      em,
      kind,
      rows.map((r) => ({ ...r, ...published })),
    );
    await this.store.indexChangedMany(
      em,
      kind,
      ids.map((id) => ({ id, version })),
      { bulk: true },
    );
    return ids;
  }
}
