import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { WorkCalendarService } from '../../contracts/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { ListedSaleRepository, type ListedSaleRow } from './listed-sale.repository.js';
import {
  AFTER_INTENT,
  DEFAULT_LISTING_WORKING_DAYS,
  intentRefusal,
  parseListingTerms,
  periodEnd,
  periodProblems,
  type ListedSaleStatus,
  type ListingTerms,
  type ListingTermsInput,
} from './listed-sale.rules.js';
import { listedSaleView, versionView, type ListedSaleView, type ListingAudience } from './listed-sale-views.js';
import {
  ListedSaleEndedError,
  ListedSaleIntentExistsError,
  ListedSaleInvalidError,
  ListedSaleNotFoundError,
  ListedSaleNotListedError,
  ListedSaleOwnIntentError,
  ListedSalesError,
  ListedSalesErrorCode,
  ListedSaleTermsLockedError,
  ListedSaleVersionConflictError,
} from './listed-sales.errors.js';
import { chinaDayText } from '../../shared/labels/index.js';

export type CreateListedSaleInput = ListingTermsInput & { achievementId: string; periodWorkingDays?: number };
export type ReviseListedSaleInput = Partial<ListingTermsInput> & { version: number; changeNote?: string };
export type RelistInput = { periodWorkingDays?: number; priceFen?: string; changeNote?: string };

const TERMS: readonly (keyof ListingTerms)[] = ['title', 'description', 'mode', 'priceFen', 'depositFen', 'terms'];

/**
 * 挂牌交易: a verified seller lists one of its achievements at a price for a period in working
 * days; verified organisations declare intent; changes are versions (never overwritten);
 * withdrawing needs a reason; a listing that ended without a buyer may be listed again. The end
 * of the period is listed-sale-closing.ts; a sale's deal and contract are sale-settlement.service.ts.
 */
@Injectable()
export class ListedSalesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ListedSaleRepository,
    private readonly listings: ListingReader,
    private readonly calendar: WorkCalendarService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(principal: Principal, input: CreateListedSaleInput, key: string | undefined): Promise<ListedSaleView> {
    const { terms, problems } = parseListingTerms(input);
    const minimum = await this.minimumPeriod(principal.regionCode);
    const days = input.periodWorkingDays ?? minimum;
    problems.push(...periodProblems(days, minimum));
    // Read through the listings lib before the transaction: no second connection inside it.
    if (!(await this.ownsAchievement(principal, input.achievementId)))
      problems.push({ field: 'achievementId', messages: ['只能挂牌本机构登记并已发布的科技成果'] });
    if (problems.length) throw new ListedSaleInvalidError(problems);
    return this.idempotency.once({ scope: `listed-sale.create:${principal.userId}`, key, request: input }, (em) =>
      this.open(em, principal, input.achievementId, terms, days, null),
    );
  }

  /** A change during the period: a new version; price and terms only while nobody declared intent. */
  async revise(principal: Principal, id: string, patch: ReviseListedSaleInput): Promise<ListedSaleView> {
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, patch.version);
      if (row.status !== 'listed') throw new ListedSaleNotListedError(row.status);
      if (Date.now() >= row.endsAt.getTime()) throw new ListedSaleEndedError();
      const { terms, problems } = parseListingTerms({
        title: patch.title ?? row.title,
        description: patch.description ?? row.description,
        mode: patch.mode ?? row.mode,
        priceFen: patch.priceFen ?? row.priceFen,
        depositFen: patch.depositFen ?? row.depositFen,
        terms: patch.terms ?? row.terms,
      });
      if (problems.length) throw new ListedSaleInvalidError(problems);
      const changed = TERMS.filter((k) => String(terms[k]) !== String(termsOf(row)[k]));
      if (changed.length === 0) return this.viewIn(em, id, principal);
      if (row.intentCount > 0 && changed.some((k) => !AFTER_INTENT.has(k))) throw new ListedSaleTermsLockedError();
      const next = row.currentVersion + 1;
      await this.repo.insertVersion(em, id, next, terms, patch.changeNote?.trim() || null, principal.userId);
      if (!(await this.repo.setCurrentVersion(em, id, row.version, next)))
        throw new ListedSaleVersionConflictError(id, patch.version);
      await this.record(em, principal, row, 'listed-sale.revise', { version: next, changed });
      return this.viewIn(em, id, principal);
    });
  }

  async withdraw(principal: Principal, id: string, version: number, reason: string): Promise<ListedSaleView> {
    const why = reason.trim();
    if (!why) throw new ListedSaleInvalidError([{ field: 'reason', messages: ['撤回挂牌须说明理由'] }]);
    return this.ds.transaction(async (em) => {
      const row = await this.locked(em, id, version);
      if (row.status !== 'listed') throw new ListedSaleNotListedError(row.status);
      await this.repo.end(em, id, { status: 'withdrawn', withdrawReason: why });
      await this.record(em, principal, row, 'listed-sale.withdraw', { reason: why });
      return this.viewIn(em, id, principal);
    });
  }

  /** Lists again what ended without a buyer (流标) or was withdrawn: a new listing, linked to the old, once. */
  async relist(principal: Principal, id: string, input: RelistInput, key: string | undefined): Promise<ListedSaleView> {
    const old = await this.repo.find(this.ds.manager, id);
    if (!old) throw new ListedSaleNotFoundError(id);
    const { terms, problems } = parseListingTerms({ ...termsInputOf(old), priceFen: input.priceFen ?? old.priceFen });
    const minimum = await this.minimumPeriod(old.sellerRegionCode);
    const days = input.periodWorkingDays ?? Math.max(minimum, old.periodWorkingDays);
    problems.push(...periodProblems(days, minimum));
    if (problems.length) throw new ListedSaleInvalidError(problems);
    return this.idempotency.once(
      { scope: `listed-sale.relist:${principal.userId}`, key, request: { id, ...input } },
      async (em) => {
        const row = await this.repo.find(em, id, true);
        if (!row) throw new ListedSaleNotFoundError(id);
        if ((row.status !== 'failed' && row.status !== 'withdrawn') || row.relistedAs !== null)
          throw new ListedSalesError(
            ListedSalesErrorCode.LISTED_SALE_NOT_RELISTABLE,
            '只有流标或撤回的挂牌可以重新挂牌（一次）',
            {
              status: row.status,
              relistedAs: row.relistedAs,
            },
          );
        return this.open(em, principal, row.achievementId, terms, days, row.id, input.changeNote?.trim() || null);
      },
    );
  }

  /** 意向受让: a verified organisation other than the seller, during the period, once. */
  async declareIntent(
    principal: Principal,
    id: string,
    input: { terms: string },
    key: string | undefined,
  ): Promise<ListedSaleView> {
    return this.idempotency.once(
      { scope: `listed-sale.intent:${principal.orgId}`, key, request: { id, ...input } },
      async (em) => {
        // The listing's lock orders an intent against the close (which takes it too) and a revision.
        const row = await this.repo.find(em, id, true);
        if (!row) throw new ListedSaleNotFoundError(id);
        const intents = await this.repo.intents(em, id);
        const refusal = intentRefusal({
          status: row.status,
          endsAt: row.endsAt,
          now: new Date(),
          sellerOrgId: row.sellerOrgId,
          callerOrgId: principal.orgId,
          already: intents.some((i) => i.buyerOrgId === principal.orgId),
        });
        if (refusal === 'own') throw new ListedSaleOwnIntentError();
        if (refusal === 'not-listed') throw new ListedSaleNotListedError(row.status);
        if (refusal === 'ended') throw new ListedSaleEndedError();
        if (refusal === 'twice') throw new ListedSaleIntentExistsError();
        const terms = input.terms.trim();
        if (!terms) throw new ListedSaleInvalidError([{ field: 'terms', messages: ['须填写受让条件'] }]);
        const inserted = await this.repo.insertIntent(em, {
          listingId: id,
          buyerOrgId: principal.orgId,
          versionNo: row.currentVersion,
          terms,
          userId: principal.userId,
        });
        if (!inserted) throw new ListedSaleIntentExistsError();
        await this.record(em, principal, row, 'listed-sale.intent', { versionNo: row.currentVersion });
        return this.viewIn(em, id, principal);
      },
    );
  }

  async get(id: string, caller: Principal | undefined): Promise<ListedSaleView> {
    return this.viewIn(this.ds.manager, id, caller);
  }

  /** Every listing (they are public from the first day), the newest first. */
  async list(
    q: PageRequest & { status?: ListedSaleStatus },
    caller: Principal | undefined,
  ): Promise<Page<ListedSaleView>> {
    const [rows, total] = await this.repo.list(this.ds.manager, { status: q.status }, pageOffset(q), q.pageSize);
    const now = new Date();
    return toPage(
      rows.map((r) => listedSaleView(r, { audience: 'public', callerOrgId: caller?.orgId, intents: null, now })),
      total,
      q,
    );
  }

  async mine(principal: Principal, q: PageRequest & { status?: ListedSaleStatus }): Promise<Page<ListedSaleView>> {
    const [rows, total] = await this.repo.list(
      this.ds.manager,
      { sellerOrgId: principal.orgId, status: q.status },
      pageOffset(q),
      q.pageSize,
    );
    const now = new Date();
    return toPage(
      rows.map((r) => listedSaleView(r, { audience: 'seller', callerOrgId: principal.orgId, intents: null, now })),
      total,
      q,
    );
  }

  /** The minimum period in the seller's region: the nearest setting above it, else 20 working days. */
  async minimumPeriod(regionCode: string): Promise<number> {
    return (await this.repo.nearestPeriod(this.ds.manager, regionCode))?.workingDays ?? DEFAULT_LISTING_WORKING_DAYS;
  }

  async periodSetting(regionCode: string): Promise<{ regionCode: string; workingDays: number; setAt: string | null }> {
    const row = await this.repo.nearestPeriod(this.ds.manager, regionCode);
    return {
      regionCode,
      workingDays: row?.workingDays ?? DEFAULT_LISTING_WORKING_DAYS,
      setAt: row?.regionCode ?? null,
    };
  }

  /** A bureau admin sets its subtree's minimum period (the guard checks the region relation). */
  async setPeriod(principal: Principal, regionCode: string, workingDays: number) {
    return this.ds.transaction(async (em) => {
      await this.repo.setPeriod(em, regionCode, workingDays);
      await this.audit.record(em, {
        actor: principal,
        action: 'listed-sale.period',
        targetType: 'region',
        targetId: regionCode,
        regionCode,
        after: { workingDays },
      });
      return { regionCode, workingDays, setAt: regionCode };
    });
  }

  private async open(
    em: EntityManager,
    principal: Principal,
    achievementId: string,
    terms: ListingTerms,
    days: number,
    relistedFrom: string | null,
    changeNote: string | null = null,
  ): Promise<ListedSaleView> {
    const lastDay = await this.calendar.addWorkingDays(em, chinaDayText(new Date()), days);
    const id = await this.repo.insert(em, {
      sellerOrgId: principal.orgId,
      sellerRegionCode: principal.regionCode,
      achievementId,
      createdBy: principal.userId,
      relistedFrom,
      periodWorkingDays: days,
      endsAt: periodEnd(lastDay),
    });
    await this.repo.insertVersion(em, id, 1, terms, changeNote, principal.userId);
    await this.audit.record(em, {
      actor: principal,
      action: relistedFrom ? 'listed-sale.relist' : 'listed-sale.create',
      targetType: 'listed_sale',
      targetId: id,
      regionCode: principal.regionCode,
      after: { achievementId, priceFen: String(terms.priceFen), days, relistedFrom },
    });
    return this.viewIn(em, id, principal);
  }

  private async locked(em: EntityManager, id: string, version: number): Promise<ListedSaleRow> {
    const row = await this.repo.find(em, id, true);
    if (!row) throw new ListedSaleNotFoundError(id);
    if (row.version !== version) throw new ListedSaleVersionConflictError(id, version);
    return row;
  }

  private record(em: EntityManager, principal: Principal, row: ListedSaleRow, action: string, after: object) {
    return this.audit.record(em, {
      actor: principal,
      action,
      targetType: 'listed_sale',
      targetId: row.id,
      regionCode: row.sellerRegionCode,
      after: { ...after },
    });
  }

  /** A published achievement of the caller's own organisation (a draft is not yet on the market). */
  private async ownsAchievement(principal: Principal, id: string): Promise<boolean> {
    return (await this.listings.publishedOwner('achievement', id)) === principal.orgId;
  }

  private async viewIn(db: EntityManager, id: string, caller: Principal | undefined): Promise<ListedSaleView> {
    const row = await this.repo.find(db, id);
    if (!row) throw new ListedSaleNotFoundError(id);
    const intents = await this.repo.intents(db, id);
    const view = listedSaleView(row, {
      audience: this.audience(row, caller),
      callerOrgId: caller?.orgId,
      intents,
      now: new Date(),
    });
    view.versions = (await this.repo.versions(db, id)).map(versionView);
    return view;
  }

  private audience(row: ListedSaleRow, caller: Principal | undefined): ListingAudience {
    if (!caller) return 'public';
    if (caller.roles.includes('platform_admin')) return 'supervisor';
    if (caller.orgType === 'bureau' && this.regions.within(row.sellerRegionCode, caller.regionCode))
      return 'supervisor';
    return caller.orgId === row.sellerOrgId ? 'seller' : 'public';
  }
}

function termsOf(r: ListedSaleRow): ListingTerms {
  return {
    title: r.title,
    description: r.description,
    mode: r.mode,
    priceFen: BigInt(r.priceFen),
    depositFen: BigInt(r.depositFen),
    terms: r.terms,
  };
}

function termsInputOf(r: ListedSaleRow): ListingTermsInput {
  return {
    title: r.title,
    description: r.description,
    mode: r.mode,
    priceFen: r.priceFen,
    depositFen: r.depositFen,
    terms: r.terms,
  };
}
