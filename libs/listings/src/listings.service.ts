import { inTransaction, mapViolation } from '../../shared/database/index.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { CodeTableService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type OrgType, type Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ListingAccess } from './listing-access.js';
import { checkListingState, pickWritable, rowState, type ListingInput } from './listing-input.js';
import { toView, type ListingRow, type ListingView, type OwnerOrg } from './listing-mapping.js';
import { ListingStore } from './listing-store.js';
import { ListingRepository, TABLE_OF } from './listing.repository.js';
import type { ListingKind, ListingStatus } from './listing.types.js';
import {
  ListingInvalidFieldError,
  ListingInvalidTransitionError,
  ListingNotFoundError,
  ListingOrgNotVerifiedError,
  ListingOrgTypeNotAllowedError,
  ListingReviewOutOfRegionError,
  ListingVersionConflictError,
} from './listings.errors.js';

/** Which organisations post which kind (domain.md: needs by enterprises, achievements by universities/institutes). */
const CREATORS: Record<ListingKind, readonly OrgType[]> = {
  need: ['enterprise'],
  achievement: ['university', 'research_institute'],
  challenge: ['bureau', 'enterprise'],
};

const EDITABLE: readonly ListingStatus[] = ['draft', 'rejected', 'withdrawn', 'published'];

export interface ListFilter {
  status?: ListingStatus;
}

/**
 * Listings: create and edit (owner), the lifecycle draft → submitted → published | rejected,
 * published → withdrawn | closed, and review by the bureau of the listing's region. Every
 * change that affects what is searchable publishes `listing.changed` in the same transaction.
 */
@Injectable()
export class ListingsService {
  constructor(
    private readonly ds: DataSource,
    private readonly store: ListingStore,
    private readonly listings: ListingRepository,
    private readonly access: ListingAccess,
    private readonly audit: AuditService,
    private readonly directory: OrgDirectoryService,
    private readonly codes: CodeTableService,
  ) {}

  /** A technical field in force today (reference's code table, from memory). */
  private async assertTechField(code: unknown): Promise<void> {
    if (code === undefined) return;
    if (typeof code !== 'string' || !(await this.codes.isTechFieldInForce(code)))
      throw new ListingInvalidFieldError(
        'techFieldCode',
        `技术领域 ${String(code)} 不在现行的技术领域列表中，请从列表中选择`,
      );
  }

  /** The owner organisations of listings, as identity summarises them. */
  private owners(em: EntityManager, orgIds: string[]): Promise<Map<string, OwnerOrg>> {
    return this.directory.summaries(orgIds, em);
  }

  private async owner(em: EntityManager, orgId: string): Promise<OwnerOrg> {
    const org = (await this.owners(em, [orgId])).get(orgId);
    if (!org) throw new Error(`owner organisation ${orgId} missing`);
    return org;
  }

  private async view(
    em: EntityManager,
    kind: ListingKind,
    row: ListingRow,
    p: Principal | undefined,
  ): Promise<ListingView> {
    const access = await this.access.of(kind, row, p, em);
    return toView(kind, row, await this.owner(em, row.orgId), access);
  }

  async create(kind: ListingKind, p: Principal, input: ListingInput, outer?: EntityManager): Promise<ListingView> {
    if (!CREATORS[kind].includes(p.orgType)) throw new ListingOrgTypeNotAllowedError(kind, p.orgType);
    const values = pickWritable(kind, input);
    checkListingState(kind, values);
    return inTransaction(
      this.ds,
      async (em) => {
        await this.assertTechField(values.techFieldCode);
        const id = await this.listings.insert(em, kind, {
          ...values,
          orgId: p.orgId,
          createdBy: p.userId,
          regionCode: p.regionCode,
          status: 'draft',
        });
        return this.view(em, kind, await this.listings.get(em, kind, id), p);
      },
      outer,
    );
  }

  async update(
    kind: ListingKind,
    id: string,
    p: Principal,
    expectedVersion: number,
    patch: Partial<ListingInput>,
  ): Promise<ListingView> {
    const values = pickWritable(kind, patch);
    return this.ds.transaction(async (em) => {
      const row = await this.listings.get(em, kind, id);
      this.access.assertOwner(p, row);
      if (!EDITABLE.includes(row.status)) throw new ListingInvalidTransitionError(row.status, '修改');
      checkListingState(kind, { ...rowState(row), ...values });
      await this.assertTechField(values.techFieldCode);
      // An edit to a published listing goes back to review where review is on.
      const reReview = row.status === 'published' && (await this.directory.listingReviewRequired(row.regionCode, em));
      const statusPatch = reReview ? { status: 'submitted', submittedAt: () => 'now()' } : {};
      const version = await this.listings.updateVersioned(em, kind, id, expectedVersion, { ...values, ...statusPatch });
      if (row.status === 'published') await this.store.indexChanged(em, kind, id, version);
      return this.view(em, kind, await this.listings.get(em, kind, id), p);
    });
  }

  async get(kind: ListingKind, id: string, p: Principal | undefined): Promise<ListingView> {
    const em = this.ds.manager;
    const row = await this.listings.find(em, kind, id);
    if (!row) throw new ListingNotFoundError(kind, id);
    const access = await this.access.of(kind, row, p);
    if (!access.canRead) throw new ListingNotFoundError(kind, id);
    return toView(kind, row, await this.owner(em, row.orgId), access);
  }

  /** The caller's own organisation's listings, any status (the "status for owners" filter). */
  async listMine(kind: ListingKind, p: Principal, filter: ListFilter, page: PageRequest): Promise<Page<ListingView>> {
    const em = this.ds.manager;
    const [rows, total] = await this.listings.ofOrg(em, kind, p.orgId, filter.status, pageOffset(page), page.pageSize);
    const org = await this.owner(em, p.orgId);
    return toPage(
      rows.map((r) => toView(kind, r, org, { identity: true, contact: true })),
      total,
      page,
    );
  }

  /** Submitted listings in the reviewer's region subtree (platform admin: all). */
  async reviewQueue(kind: ListingKind, p: Principal, page: PageRequest): Promise<Page<ListingView>> {
    if (!isBureau(p) && !isPlatformAdmin(p)) throw new ListingReviewOutOfRegionError(p.regionCode);
    const em = this.ds.manager;
    const { rows, total } = await this.listings.submitted(
      em,
      kind,
      isPlatformAdmin(p) ? null : p.regionCode,
      page.pageSize,
      pageOffset(page),
    );
    const owners = await this.owners(
      em,
      rows.map((r) => r.orgId),
    );
    const items = rows.map((r) => toView(kind, r, owners.get(r.orgId)!, { identity: true, contact: true }));
    return toPage(items, total, page);
  }

  /** draft | rejected | withdrawn → submitted, or straight to published where review is off. */
  async submit(kind: ListingKind, id: string, p: Principal, expectedVersion: number): Promise<ListingView> {
    if (!p.orgVerified) throw new ListingOrgNotVerifiedError();
    return this.ds.transaction(async (em) => {
      const row = await this.listings.get(em, kind, id);
      this.access.assertOwner(p, row);
      if (!['draft', 'rejected', 'withdrawn'].includes(row.status))
        throw new ListingInvalidTransitionError(row.status, '提交');
      const review = await this.directory.listingReviewRequired(row.regionCode, em);
      const patch = review
        ? { status: 'submitted', submittedAt: () => 'now()', rejectReason: null }
        : { status: 'published', submittedAt: () => 'now()', publishedAt: () => 'now()', rejectReason: null };
      const version = await this.listings.updateVersioned(em, kind, id, expectedVersion, patch);
      if (!review) await this.store.indexChanged(em, kind, id, version);
      return this.view(em, kind, await this.listings.get(em, kind, id), p);
    });
  }

  /** A bureau of the listing's region (or the platform admin) approves or rejects a submission; audited in the same transaction. */
  async review(
    kind: ListingKind,
    id: string,
    p: Principal,
    expectedVersion: number,
    decision: { approve: true } | { approve: false; reason: string },
  ): Promise<ListingView> {
    return this.ds.transaction(async (em) => {
      const row = await this.listings.get(em, kind, id);
      await this.access.assertReviewer(p, row);
      if (row.status !== 'submitted')
        throw new ListingInvalidTransitionError(row.status, decision.approve ? '审核通过' : '驳回');
      const common = { reviewedBy: p.userId, reviewedAt: () => 'now()' };
      const patch = decision.approve
        ? { ...common, status: 'published', publishedAt: () => 'now()', rejectReason: null }
        : { ...common, status: 'rejected', rejectReason: decision.reason };
      const version = await this.listings.updateVersioned(em, kind, id, expectedVersion, patch);
      if (decision.approve) await this.store.indexChanged(em, kind, id, version);
      await this.store.reviewed(em, { kind, id, version, status: decision.approve ? 'published' : 'rejected' });
      await this.audit.record(em, {
        actor: p,
        action: decision.approve ? 'listing.approve' : 'listing.reject',
        targetType: TABLE_OF[kind],
        targetId: id,
        regionCode: row.regionCode,
        before: { status: row.status, version: row.version },
        after: decision.approve
          ? { status: 'published', version }
          : { status: 'rejected', reason: decision.reason, version },
      });
      return this.view(em, kind, await this.listings.get(em, kind, id), p);
    });
  }

  /** Owner: submitted | published → withdrawn (published → closed when the deal is done). */
  async withdraw(kind: ListingKind, id: string, p: Principal, expectedVersion: number): Promise<ListingView> {
    return this.endPublication(kind, id, p, expectedVersion, ['submitted', 'published'], 'withdrawn', '撤回');
  }

  async close(kind: ListingKind, id: string, p: Principal, expectedVersion: number): Promise<ListingView> {
    return this.endPublication(kind, id, p, expectedVersion, ['published'], 'closed', '关闭');
  }

  /**
   * Owner: deletes a draft (one never submitted, so never searchable, matched or dealt on): the
   * way out of duplicates and half-filled drafts. Anything submitted once stays, for the record.
   * Answers the draft as it was.
   */
  async deleteDraft(kind: ListingKind, id: string, p: Principal, expectedVersion: number): Promise<ListingView> {
    return this.ds.transaction(async (em) => {
      const row = await this.listings.get(em, kind, id);
      this.access.assertOwner(p, row);
      if (row.status !== 'draft') throw new ListingInvalidTransitionError(row.status, '删除');
      const view = await this.view(em, kind, row, p);
      const gone = await this.listings.deleteDraft(em, kind, id, expectedVersion).catch((err: unknown) => {
        // a row that points at the draft (none should): it stays, and the owner is told it cannot go
        throw mapViolation(err, { 'foreign-key': () => new ListingInvalidTransitionError(row.status, '删除') });
      });
      if (!gone) throw new ListingVersionConflictError(id, expectedVersion, row.version);
      return view;
    });
  }

  private async endPublication(
    kind: ListingKind,
    id: string,
    p: Principal,
    expectedVersion: number,
    from: ListingStatus[],
    to: ListingStatus,
    action: string,
  ): Promise<ListingView> {
    return this.ds.transaction(async (em) => {
      const row = await this.listings.get(em, kind, id);
      this.access.assertOwner(p, row);
      if (!from.includes(row.status)) throw new ListingInvalidTransitionError(row.status, action);
      const version = await this.listings.updateVersioned(em, kind, id, expectedVersion, {
        status: to,
        ...(to === 'closed' ? { closedAt: () => 'now()' } : {}),
      });
      if (row.status === 'published') await this.store.indexChanged(em, kind, id, version);
      return this.view(em, kind, await this.listings.get(em, kind, id), p);
    });
  }
}
