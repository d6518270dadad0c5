import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { AuctionsService } from '../../auctions/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { AppError } from '../../shared/errors/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { RoadshowRepository, type RoadshowRow, type RoadshowValues } from './roadshow.repository.js';
import { editRefusal, MAX_ITEMS, roadshowPhase, roadshowProblems, type RoadshowInput } from './roadshow.rules.js';
import { roadshowView, type RoadshowView } from './roadshow-views.js';
import {
  RoadshowInvalidError,
  RoadshowItemUnavailableError,
  RoadshowNotEditableError,
  RoadshowNotFoundError,
  RoadshowsError,
  RoadshowsErrorCode,
  RoadshowVersionConflictError,
} from './roadshows.errors.js';

export type RoadshowPatch = Partial<RoadshowInput> & { version: number };
export interface ItemRef {
  kind: 'achievement' | 'auction';
  id: string;
}

/**
 * Roadshows (路演) from draft to publication or cancellation, what they present, and how they
 * read. The organiser is the caller's organisation (never the body); its region is the
 * roadshow's home for the bureaus that count it. Registration, attendance and follow-up deals:
 * roadshow-participation.service.ts.
 */
@Injectable()
export class RoadshowsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RoadshowRepository,
    private readonly listings: ListingReader,
    private readonly auctions: AuctionsService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(principal: Principal, input: RoadshowInput, key: string | undefined): Promise<RoadshowView> {
    const values = checked(input, true);
    return this.idempotency.once({ scope: `roadshow.create:${principal.userId}`, key, request: input }, async (em) => {
      const id = await this.repo.insert(em, principal, values);
      return this.viewIn(em, id, principal);
    });
  }

  async update(principal: Principal, id: string, patch: RoadshowPatch): Promise<RoadshowView> {
    const { version, ...given } = patch;
    const fields = Object.fromEntries(
      Object.entries(given).filter(
        ([k, v]) => v !== undefined && (v !== null || k === 'onlineUrl' || k === 'venue' || k === 'capacity'),
      ),
    ) as Partial<RoadshowInput>;
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, version);
      this.assertEditable(row);
      const merged: RoadshowInput = { ...inputOf(row), ...fields };
      const values = checked(merged, row.status === 'published' || fields.startsAt !== undefined);
      if (values.capacity !== null && values.capacity < row.registeredCount)
        throw new RoadshowInvalidError([
          { field: 'capacity', messages: [`已有 ${row.registeredCount} 家机构报名，人数上限不能低于此数`] },
        ]);
      if (!(await this.repo.update(em, id, version, values))) throw new RoadshowVersionConflictError(id, version);
      return this.viewIn(em, id, principal);
    });
  }

  async publish(principal: Principal, id: string, version: number): Promise<RoadshowView> {
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, version);
      if (row.status !== 'draft')
        throw new RoadshowsError(RoadshowsErrorCode.ROADSHOW_NOT_EDITABLE, '只有草稿状态的路演可以发布', {
          status: row.status,
        });
      checked(inputOf(row), true);
      await this.setStatus(em, principal, row, 'published');
      return this.viewIn(em, id, principal);
    });
  }

  async cancel(principal: Principal, id: string, version: number, reason: string): Promise<RoadshowView> {
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, version);
      this.assertEditable(row);
      await this.setStatus(em, principal, row, 'cancelled', reason.trim());
      return this.viewIn(em, id, principal);
    });
  }

  /** What the roadshow presents: published achievements and auction lots, in the order given. */
  async setItems(principal: Principal, id: string, version: number, refs: ItemRef[]): Promise<RoadshowView> {
    if (refs.length > MAX_ITEMS)
      throw new RoadshowInvalidError([{ field: 'items', messages: [`每场路演最多推介 ${MAX_ITEMS} 项`] }]);
    const unique = [...new Map(refs.map((r) => [`${r.kind}:${r.id}`, r])).values()];
    // Read through the listings and auctions libs before the transaction: no second connection inside it.
    const items = await Promise.all(unique.map((r) => this.presentable(r)));
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, version);
      this.assertEditable(row);
      await this.repo.replaceItems(em, id, items);
      await this.repo.touch(em, id);
      return this.viewIn(em, id, principal);
    });
  }

  async get(id: string, caller: Principal | undefined): Promise<RoadshowView> {
    return this.viewIn(this.ds.manager, id, caller);
  }

  /** The public list: every roadshow once published (upcoming first), never drafts. */
  async list(
    q: PageRequest & { when?: 'upcoming' | 'past' },
    caller: Principal | undefined,
  ): Promise<Page<RoadshowView>> {
    const [rows, total] = await this.repo.list(this.ds.manager, { when: q.when }, pageOffset(q), q.pageSize);
    return toPage(await this.views(this.ds.manager, rows, caller), total, q);
  }

  /** The caller's organisation's roadshows, drafts included. */
  async mine(principal: Principal, q: PageRequest): Promise<Page<RoadshowView>> {
    const [rows, total] = await this.repo.list(
      this.ds.manager,
      { organiserOrgId: principal.orgId, includeDrafts: true },
      pageOffset(q),
      q.pageSize,
    );
    return toPage(await this.views(this.ds.manager, rows, principal), total, q);
  }

  /** The roadshows the caller's organisation registered for. */
  async registered(principal: Principal, q: PageRequest): Promise<Page<RoadshowView>> {
    const [rows, total] = await this.repo.registeredBy(this.ds.manager, principal.orgId, pageOffset(q), q.pageSize);
    return toPage(await this.views(this.ds.manager, rows, principal), total, q);
  }

  async viewIn(db: EntityManager, id: string, caller: Principal | undefined): Promise<RoadshowView> {
    const row = await this.repo.find(db, id);
    if (!row) throw new RoadshowNotFoundError(id);
    const [view] = await this.views(db, [row], caller);
    return view!;
  }

  private async views(db: EntityManager, rows: RoadshowRow[], caller: Principal | undefined): Promise<RoadshowView[]> {
    const ids = rows.map((r) => r.id);
    const [items, registered] = await Promise.all([
      this.repo.items(db, ids),
      caller ? this.repo.registeredAmong(db, caller.orgId, ids) : Promise.resolve(new Set<string>()),
    ]);
    const now = new Date();
    return rows.map((r) =>
      roadshowView(
        r,
        items.filter((i) => i.roadshowId === r.id),
        caller,
        registered.has(r.id),
        now,
      ),
    );
  }

  private async presentable(
    ref: ItemRef,
  ): Promise<{ kind: string; itemId: string; presenterOrgId: string; title: string }> {
    try {
      if (ref.kind === 'achievement') {
        const a = await this.listings.getVisible('achievement', ref.id, undefined);
        if (a.status === 'published') return { kind: ref.kind, itemId: a.id, presenterOrgId: a.orgId!, title: a.title };
      } else {
        const lot = await this.auctions.get(ref.id, undefined);
        if (lot.status === 'published')
          return { kind: ref.kind, itemId: lot.id, presenterOrgId: lot.sellerOrgId, title: lot.title };
      }
    } catch (err) {
      const missing = err instanceof AppError && (err.code === 'LISTING_NOT_FOUND' || err.code === 'AUCTION_NOT_FOUND');
      if (!missing) throw err;
    }
    throw new RoadshowItemUnavailableError(ref.kind, ref.id);
  }

  private async locked(em: EntityManager, id: string, version: number): Promise<RoadshowRow> {
    const row = await this.repo.lock(em, id);
    if (!row) throw new RoadshowNotFoundError(id);
    if (row.version !== version) throw new RoadshowVersionConflictError(id, version);
    return row;
  }

  private assertEditable(row: RoadshowRow): void {
    const refusal = editRefusal(roadshowPhase(row.status, row.startsAt, row.endsAt, new Date()));
    if (refusal) throw new RoadshowNotEditableError(refusal);
  }

  private async setStatus(
    em: EntityManager,
    principal: Principal,
    row: RoadshowRow,
    status: 'published' | 'cancelled',
    reason: string | null = null,
  ): Promise<void> {
    await this.repo.setStatus(em, row.id, status, reason);
    await this.audit.record(em, {
      actor: principal,
      action: status === 'published' ? 'roadshow.publish' : 'roadshow.cancel',
      targetType: 'roadshow',
      targetId: row.id,
      regionCode: row.regionCode,
      before: { status: row.status },
      after: { status, ...(reason ? { reason } : {}) },
    });
  }
}

function checked(input: RoadshowInput, checkStart: boolean): RoadshowValues {
  const problems = roadshowProblems(input, new Date(), { checkStart });
  if (problems.length) throw new RoadshowInvalidError(problems);
  const online = input.format !== 'venue';
  const venue = input.format !== 'online';
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    format: input.format,
    onlineUrl: online ? (input.onlineUrl ?? null) : null,
    venue: venue ? (input.venue?.trim() ?? null) : null,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    capacity: input.capacity ?? null,
  };
}

const inputOf = (r: RoadshowRow): RoadshowInput => ({
  title: r.title,
  description: r.description,
  format: r.format,
  onlineUrl: r.onlineUrl,
  venue: r.venue,
  startsAt: r.startsAt.toISOString(),
  endsAt: r.endsAt.toISOString(),
  capacity: r.capacity,
});
