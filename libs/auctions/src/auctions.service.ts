import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { AppError } from '../../shared/errors/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { AuctionBidRepository } from './auction-bid.repository.js';
import { editRefusal, lotProblems, parseTerms, withdrawAllowed, type LotInput } from './auction-lot.rules.js';
import { AuctionLotRepository, type LotRow, type LotValues } from './auction-lot.repository.js';
import { audienceOf, lotView, type LotView } from './auction-views.js';
import {
  AuctionHasBidsError,
  AuctionInvalidError,
  AuctionNotEditableError,
  AuctionNotFoundError,
  AuctionReserveLockedError,
  AuctionsError,
  AuctionsErrorCode,
  AuctionVersionConflictError,
} from './auctions.errors.js';
import type { LotStatus } from './bid.rules.js';

export type LotPatch = Partial<LotInput> & { version: number };

export interface LotSaleRecord {
  id: string;
  status: LotStatus;
  title: string;
  sellerOrgId: string;
  sellerRegionCode: string;
  createdBy: string;
  achievementId: string | null;
  hammerPriceFen: string | null;
  winnerOrgId: string | null;
  /** The winner's user who accepted the 竞买须知 (bound it to the sale). */
  winnerUserId: string | null;
  winnerAnonymous: boolean;
}

const EDITABLE: readonly (keyof LotInput)[] = [
  'achievementId',
  'title',
  'description',
  'startingPriceFen',
  'reservePriceFen',
  'reserveShown',
  'incrementFen',
  'depositFen',
  'startsAt',
  'endsAt',
  'antiSnipingMinutes',
  'winnerAnonymous',
];

/**
 * Auction lots (拍卖标的) from draft to publication and withdrawal, and how they read. The seller
 * is the caller's organisation (never the body); its region is the lot's home for the bureaus
 * that supervise it. Bidding and the close are bidding.service.ts and auction-closing.ts.
 */
@Injectable()
export class AuctionsService {
  constructor(
    private readonly ds: DataSource,
    private readonly lots: AuctionLotRepository,
    private readonly bids: AuctionBidRepository,
    private readonly listings: ListingReader,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(principal: Principal, input: LotInput, key: string | undefined): Promise<LotView> {
    const values = await this.checked(principal, input, { checkStart: true, achievement: true });
    return this.idempotency.once({ scope: `auction.create:${principal.userId}`, key, request: input }, async (em) => {
      const id = await this.lots.insert(em, principal, values);
      return this.viewIn(em, id, principal);
    });
  }

  async update(principal: Principal, id: string, patch: LotPatch): Promise<LotView> {
    const { version, ...given } = patch;
    // null clears only what may be absent (the reserve, the achievement); elsewhere it changes nothing.
    const fields = Object.fromEntries(
      Object.entries(given).filter(([k, v]) => v !== null || k === 'reservePriceFen' || k === 'achievementId'),
    ) as Partial<LotInput>;
    // Read through the listings lib before the transaction: no second connection inside it.
    const achievementOk = fields.achievementId ? await this.ownsAchievement(principal, fields.achievementId) : true;
    return this.ds.transaction(async (em) => {
      const lot = await this.locked(em, id, version);
      const before = inputOf(lot);
      const merged: LotInput = { ...before, ...fields };
      const changed = EDITABLE.filter((f) => fields[f] !== undefined && !same(f, before[f], merged[f]));
      const refusal = editRefusal(lot.status, lot.bidCount, changed);
      if (refusal === 'reserve-locked') throw new AuctionReserveLockedError();
      if (refusal === 'not-editable') throw new AuctionNotEditableError(lot.status);
      const values = await this.checked(principal, merged, { checkStart: changed.includes('startsAt'), achievementOk });
      if (!(await this.lots.update(em, id, version, values))) throw new AuctionVersionConflictError(id, version);
      return this.viewIn(em, id, principal);
    });
  }

  async publish(principal: Principal, id: string, version: number): Promise<LotView> {
    return this.ds.transaction(async (em) => {
      const lot = await this.locked(em, id, version);
      if (lot.status !== 'draft')
        throw new AuctionsError(AuctionsErrorCode.AUCTION_NOT_EDITABLE, '只有草稿状态的标的可以发布', {
          status: lot.status,
        });
      const problems = lotProblems(parseTerms(inputOf(lot)), new Date(), { checkStart: true });
      if (problems.length) throw new AuctionInvalidError(problems);
      await this.setStatus(em, principal, lot, 'published');
      return this.viewIn(em, id, principal);
    });
  }

  async withdraw(principal: Principal, id: string, version: number, reason: string): Promise<LotView> {
    return this.ds.transaction(async (em) => {
      const lot = await this.locked(em, id, version);
      if (!withdrawAllowed(lot.status, lot.bidCount)) {
        if (lot.bidCount > 0) throw new AuctionHasBidsError();
        throw new AuctionNotEditableError(lot.status);
      }
      await this.setStatus(em, principal, lot, 'withdrawn', reason.trim());
      // Its watchers (the page does not poll while its socket is live) hear it at commit.
      await this.bids.announce(em, { t: 'closed', lotId: lot.id, status: 'withdrawn' });
      return this.viewIn(em, id, principal);
    });
  }

  /**
   * A lot converted from a 挂牌 listing with several intending buyers, in the caller's
   * transaction: published at once on the rules the listing announced, open only to `eligible`.
   * The seller and its user are the listing's (server records, no caller).
   */
  async openForListing(
    em: EntityManager,
    seller: { orgId: string; regionCode: string; userId: string },
    input: LotInput,
    eligible: string[],
  ): Promise<string> {
    const terms = parseTerms(input);
    const problems = lotProblems(terms, new Date(), { checkStart: true });
    if (problems.length) throw new AuctionInvalidError(problems);
    const values: LotValues = {
      ...terms,
      achievementId: input.achievementId ?? null,
      title: input.title.trim(),
      description: input.description.trim(),
      reserveShown: false,
      winnerAnonymous: input.winnerAnonymous ?? false,
    };
    const id = await this.lots.insert(em, seller, values, { status: 'published', eligibleOrgIds: eligible });
    await this.audit.record(em, {
      actor: null,
      action: 'auction.publish',
      targetType: 'auction_lot',
      targetId: id,
      regionCode: seller.regionCode,
      after: { status: 'published', eligibleOrgIds: eligible },
    });
    return id;
  }

  /** What a closed lot's settlement needs (libs/listed-sales), read in the caller's transaction. */
  async saleRecord(em: EntityManager, id: string): Promise<LotSaleRecord | undefined> {
    const lot = await this.lots.find(em, id);
    if (!lot) return undefined;
    const winner = lot.winnerOrgId ? await this.bids.registration(em, id, lot.winnerOrgId) : undefined;
    return {
      id: lot.id,
      status: lot.status,
      title: lot.title,
      sellerOrgId: lot.sellerOrgId,
      sellerRegionCode: lot.sellerRegionCode,
      createdBy: lot.createdBy,
      achievementId: lot.achievementId,
      hammerPriceFen: lot.hammerPriceFen,
      winnerOrgId: lot.winnerOrgId,
      winnerUserId: winner?.acceptedBy ?? null,
      winnerAnonymous: lot.winnerAnonymous,
    };
  }

  async get(id: string, caller: Principal | undefined): Promise<LotView> {
    return this.viewIn(this.ds.manager, id, caller);
  }

  /** The public list: every lot once published (open, scheduled, closed, withdrawn), never drafts. */
  async list(q: PageRequest & { status?: LotStatus }, caller: Principal | undefined): Promise<Page<LotView>> {
    const [rows, total] = await this.lots.list(this.ds.manager, { status: q.status }, pageOffset(q), q.pageSize);
    return toPage(await this.views(this.ds.manager, rows, caller), total, q);
  }

  /** The caller's organisation's lots, drafts included. */
  async mine(principal: Principal, q: PageRequest & { status?: LotStatus }): Promise<Page<LotView>> {
    const [rows, total] = await this.lots.list(
      this.ds.manager,
      { sellerOrgId: principal.orgId, status: q.status },
      pageOffset(q),
      q.pageSize,
    );
    return toPage(await this.views(this.ds.manager, rows, principal), total, q);
  }

  /** The lot, locked, at the version the caller read. */
  private async locked(em: EntityManager, id: string, version: number): Promise<LotRow> {
    const lot = await this.lots.lock(em, id);
    if (!lot) throw new AuctionNotFoundError(id);
    if (lot.version !== version) throw new AuctionVersionConflictError(id, version);
    return lot;
  }

  private async setStatus(
    em: EntityManager,
    principal: Principal,
    lot: LotRow,
    status: 'published' | 'withdrawn',
    reason: string | null = null,
  ): Promise<void> {
    await this.lots.setStatus(em, lot.id, lot.version, status, reason);
    await this.audit.record(em, {
      actor: principal,
      action: status === 'published' ? 'auction.publish' : 'auction.withdraw',
      targetType: 'auction_lot',
      targetId: lot.id,
      regionCode: lot.sellerRegionCode,
      before: { status: lot.status },
      after: { status, ...(reason ? { reason } : {}) },
    });
  }

  /** The lot's values when its terms hold and its achievement is the seller's own; else 400 with the fields. */
  private async checked(
    principal: Principal,
    input: LotInput,
    o: { checkStart: boolean; achievement?: true; achievementOk?: boolean },
  ): Promise<LotValues> {
    const terms = parseTerms(input);
    const problems = lotProblems(terms, new Date(), o);
    const achievementId = input.achievementId ?? null;
    const owned =
      o.achievementOk ??
      (achievementId === null || !o.achievement || (await this.ownsAchievement(principal, achievementId)));
    if (!owned) problems.push({ field: 'achievementId', messages: ['只能选择本机构登记的科技成果'] });
    if (problems.length) throw new AuctionInvalidError(problems);
    return {
      ...terms,
      achievementId,
      title: input.title.trim(),
      description: input.description.trim(),
      reserveShown: input.reserveShown ?? false,
      winnerAnonymous: input.winnerAnonymous ?? false,
    };
  }

  private async ownsAchievement(principal: Principal, id: string): Promise<boolean> {
    try {
      return (await this.listings.getVisible('achievement', id, principal)).orgId === principal.orgId;
    } catch (err) {
      if (err instanceof AppError && err.code === 'LISTING_NOT_FOUND') return false;
      throw err;
    }
  }

  private async viewIn(db: EntityManager, id: string, caller: Principal | undefined): Promise<LotView> {
    const lot = await this.lots.find(db, id);
    if (!lot) throw new AuctionNotFoundError(id);
    const [view] = await this.views(db, [lot], caller, true);
    return view!;
  }

  private async views(
    db: EntityManager,
    rows: LotRow[],
    caller: Principal | undefined,
    withMine = false,
  ): Promise<LotView[]> {
    const named = await this.bids.leaders(
      db,
      rows.map((r) => r.id),
    );
    const now = new Date();
    const within = (code: string, ancestor: string) => this.regions.within(code, ancestor);
    return Promise.all(
      rows.map(async (l) => {
        const mine = withMine && caller ? ((await this.bids.registration(db, l.id, caller.orgId)) ?? null) : null;
        const bidderNos = new Map(named.filter((n) => n.lotId === l.id).map((n) => [n.orgId, n]));
        return lotView(l, { audience: audienceOf(l, caller, within), now, bidderNos, mine });
      }),
    );
  }
}

/** The lot as its seller last wrote it. */
function inputOf(l: LotRow): LotInput {
  return {
    achievementId: l.achievementId,
    title: l.title,
    description: l.description,
    startingPriceFen: l.startingPriceFen,
    reservePriceFen: l.reservePriceFen,
    reserveShown: l.reserveShown,
    incrementFen: l.incrementFen,
    depositFen: l.depositFen,
    startsAt: l.startsAt.toISOString(),
    endsAt: l.scheduledEndsAt.toISOString(),
    antiSnipingMinutes: l.antiSnipingMinutes,
    winnerAnonymous: l.winnerAnonymous,
  };
}

/** Equal as the lot stores them: amounts as integers, times as instants. */
function same(field: keyof LotInput, a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (field === 'startsAt' || field === 'endsAt')
    return new Date(String(a)).getTime() === new Date(String(b)).getTime();
  if (field.endsWith('Fen')) return /^\d+$/.test(String(b)) && BigInt(String(a)) === BigInt(String(b));
  return false;
}
