import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { toFen } from '../../shared/money/index.js';
import { AuctionBidRepository } from './auction-bid.repository.js';
import { auctionTerms, sha256 } from './auction-lot.rules.js';
import { AuctionLotRepository, type LotRow } from './auction-lot.repository.js';
import { audienceOf, bidView, registrationView, type BidView, type RegistrationView } from './auction-views.js';
import { liveBid } from './auction-live.rules.js';
import { AUCTION_BID_PLACED, auctionEventKey, type AuctionBidPlacedEvent } from './auction.events.js';
import {
  AuctionAlreadyRegisteredError,
  AuctionBidTooLowError,
  AuctionDepositUnconfirmedError,
  AuctionEndedError,
  AuctionNotFoundError,
  AuctionNotOpenError,
  AuctionNotRegisteredError,
  AuctionsError,
  AuctionsErrorCode,
  AuctionNotEligibleError,
  AuctionSellerCannotBidError,
} from './auctions.errors.js';
import { bidHash, CHAIN_FORMAT, GENESIS_HASH, verifyChain, type ChainVerdict } from './bid-chain.rules.js';
import { bidRefusal, extendedEnd, phaseOf, type BidRefusal } from './bid.rules.js';

export interface MyRegistrationView {
  lotId: string;
  bidderNo: number;
  termsText: string;
  termsSha256: string;
  depositFen: string;
  depositConfirmed: boolean;
}

export interface PlacedBidView {
  lotId: string;
  seq: number;
  amountFen: string;
  placedAt: string;
  endsAt: string;
  /** The bid fell in the last minutes and moved the end. */
  extended: boolean;
  hash: string;
}

export interface BidHistoryView {
  lotId: string;
  bidCount: number;
  items: BidView[];
}

export type ChainVerdictView = ChainVerdict & { lotId: string; format: string };

/** Bids one page of the history answers at most. */
export const MAX_BIDS_PAGE = 500;

/**
 * Registration, deposits and bids. A bid is decided under the lot's row lock (FOR NO KEY
 * UPDATE, within DATABASE_LOCK_TIMEOUT_MS, else 409 RESOURCE_BUSY) and stamped with the
 * database's clock read after the lock is granted, so the order of bids is the order the server
 * accepted them in, whatever the bidders' clocks say; each is appended to the lot's hash chain in
 * the same transaction.
 */
@Injectable()
export class BiddingService {
  constructor(
    private readonly ds: DataSource,
    private readonly lots: AuctionLotRepository,
    private readonly bids: AuctionBidRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The caller's organisation registers to bid, accepting the lot's terms (stored word for word). */
  async register(principal: Principal, lotId: string, key: string | undefined): Promise<MyRegistrationView> {
    return this.idempotency.once(
      { scope: `auction.register:${principal.orgId}`, key, request: { lotId } },
      async (em) => {
        const lot = await this.lockedLot(em, lotId);
        if (lot.sellerOrgId === principal.orgId) throw new AuctionSellerCannotBidError();
        if (lot.eligibleOrgIds && !lot.eligibleOrgIds.includes(principal.orgId)) throw new AuctionNotEligibleError();
        const phase = phaseOf(lot.status, lot.startsAt, lot.endsAt, await this.lots.clock(em));
        if (phase !== 'scheduled' && phase !== 'open')
          throw new AuctionsError(AuctionsErrorCode.AUCTION_REGISTRATION_CLOSED, '该标的当前不接受报名', { phase });
        if (await this.bids.registration(em, lotId, principal.orgId)) throw new AuctionAlreadyRegisteredError();
        const termsText = auctionTerms({
          title: lot.title,
          reserveShown: lot.reserveShown,
          winnerAnonymous: lot.winnerAnonymous,
          startingPriceFen: toFen(lot.startingPriceFen),
          reservePriceFen: lot.reservePriceFen === null ? null : toFen(lot.reservePriceFen),
          incrementFen: toFen(lot.incrementFen),
          depositFen: toFen(lot.depositFen),
          startsAt: lot.startsAt,
          endsAt: lot.endsAt,
          antiSnipingMinutes: lot.antiSnipingMinutes,
        });
        const bidderNo = await this.lots.nextBidderNo(em, lotId);
        const termsSha256 = sha256(termsText);
        await this.bids.register(em, {
          lotId,
          bidderOrgId: principal.orgId,
          bidderNo,
          termsText,
          termsSha256,
          userId: principal.userId,
        });
        return { lotId, bidderNo, termsText, termsSha256, depositFen: lot.depositFen, depositConfirmed: false };
      },
    );
  }

  /** A bureau over the seller's region (or the platform) records a bidder's deposit as paid, with the bank slip's number. */
  async confirmDeposit(
    principal: Principal,
    lotId: string,
    input: { bidderOrgId: string; reference: string },
    key: string | undefined,
  ): Promise<RegistrationView> {
    const request = { lotId, ...input };
    return this.idempotency.once({ scope: `auction.deposit:${principal.userId}`, key, request }, async (em) => {
      const lot = await this.lots.find(em, lotId);
      if (!lot) throw new AuctionNotFoundError(lotId);
      if (lot.status !== 'published')
        throw new AuctionsError(AuctionsErrorCode.AUCTION_REGISTRATION_CLOSED, '标的未在竞价中，不能确认保证金', {
          status: lot.status,
        });
      const reference = input.reference.trim();
      const done = await this.bids.confirmDeposit(em, {
        lotId,
        bidderOrgId: input.bidderOrgId,
        reference,
        userId: principal.userId,
      });
      const reg = await this.bids.registration(em, lotId, input.bidderOrgId);
      if (!reg)
        throw new AuctionsError(AuctionsErrorCode.AUCTION_REGISTRATION_NOT_FOUND, '该机构未报名此标的', {
          bidderOrgId: input.bidderOrgId,
        });
      if (!done)
        throw new AuctionsError(AuctionsErrorCode.AUCTION_DEPOSIT_ALREADY_CONFIRMED, '该竞买人的保证金已确认', {
          reference: reg.depositReference,
        });
      await this.audit.record(em, {
        actor: principal,
        action: 'auction.deposit_confirm',
        targetType: 'auction_lot',
        targetId: lotId,
        regionCode: lot.sellerRegionCode,
        after: { bidderOrgId: input.bidderOrgId, reference },
      });
      return registrationView(reg, 'supervisor', lot.status);
    });
  }

  /**
   * Places a bid. The Idempotency-Key is required: a retried request gets the first answer and
   * places nothing (a bid is never placed twice by a network retry).
   */
  async place(principal: Principal, lotId: string, amountFen: string, key: string | undefined): Promise<PlacedBidView> {
    const amount = toFen(amountFen);
    const scope = `auction.bid:${principal.orgId}`;
    const { body } = await this.idempotency.run({ scope, key, request: { lotId, amountFen } }, async (em) => {
      const lot = await this.lockedLot(em, lotId);
      const reg = await this.bids.registration(em, lotId, principal.orgId);
      // Read after the lock is granted: bids queued on the lock are stamped in the order they are decided.
      const now = await this.lots.clock(em);
      const current = lot.currentPriceFen === null ? null : toFen(lot.currentPriceFen);
      const refusal = bidRefusal(
        {
          status: lot.status,
          startsAt: lot.startsAt,
          endsAt: lot.endsAt,
          sellerOrgId: lot.sellerOrgId,
          startingPriceFen: toFen(lot.startingPriceFen),
          incrementFen: toFen(lot.incrementFen),
          currentPriceFen: current,
        },
        { orgId: principal.orgId, registered: !!reg, depositConfirmed: !!reg?.depositConfirmedAt },
        amount,
        now,
      );
      if (refusal) throw refusalError(refusal, current);
      if (!reg) throw new AuctionNotRegisteredError(); // bidRefusal answered this already; narrows the type
      const entry = {
        lotId,
        seq: lot.bidCount + 1,
        bidderOrgId: principal.orgId,
        amountFen: String(amount),
        placedAt: now.toISOString(),
        prevHash: lot.headHash ?? GENESIS_HASH,
      };
      const hash = bidHash(entry);
      const endsAt = extendedEnd(lot.endsAt, now, lot.antiSnipingMinutes);
      await this.bids.insertBid(em, { ...entry, amountFen: amount, placedAt: now, userId: principal.userId, hash });
      await this.lots.recordBid(em, lotId, {
        amountFen: amount,
        bidderOrgId: principal.orgId,
        seq: entry.seq,
        hash,
        endsAt,
      });
      // Live watchers in every api process hear it at commit (the event below is for subscribers' jobs).
      await this.bids.announce(em, {
        t: 'bid',
        ...liveBid({
          lotId,
          seq: entry.seq,
          amountFen: entry.amountFen,
          bidderNo: reg.bidderNo,
          placedAt: entry.placedAt,
          endsAt: endsAt.toISOString(),
          extended: endsAt.getTime() !== lot.endsAt.getTime(),
          prevHash: entry.prevHash,
          hash,
        }),
      });
      const event: AuctionBidPlacedEvent = { lotId, seq: entry.seq };
      await this.events.publish(em, AUCTION_BID_PLACED, { key: auctionEventKey(lotId), payload: { ...event } });
      return {
        lotId,
        seq: entry.seq,
        amountFen: entry.amountFen,
        placedAt: entry.placedAt,
        endsAt: endsAt.toISOString(),
        extended: endsAt.getTime() !== lot.endsAt.getTime(),
        hash,
      };
    });
    return body;
  }

  /** The bid history after `afterSeq` (a reconnecting view asks for what it missed), as the caller may read it. */
  async history(
    lotId: string,
    caller: Principal | undefined,
    afterSeq: number,
    limit: number,
  ): Promise<BidHistoryView> {
    const lot = await this.lots.find(this.ds.manager, lotId);
    if (!lot) throw new AuctionNotFoundError(lotId);
    const audience = audienceOf(lot, caller, (c, a) => this.regions.within(c, a));
    const rows = await this.bids.bids(this.ds.manager, lotId, afterSeq, Math.min(limit, MAX_BIDS_PAGE));
    return {
      lotId,
      bidCount: lot.bidCount,
      items: rows.map((b) => bidView(b, audience, lot.status, caller?.orgId)),
    };
  }

  /** Recomputes the lot's whole chain from the stored bids: anyone may ask. */
  async verify(lotId: string): Promise<ChainVerdictView> {
    const lot = await this.lots.find(this.ds.manager, lotId);
    if (!lot) throw new AuctionNotFoundError(lotId);
    const rows = await this.bids.bids(this.ds.manager, lotId);
    const verdict = verifyChain(
      rows.map((b) => ({
        lotId,
        seq: b.seq,
        bidderOrgId: b.bidderOrgId,
        amountFen: b.amountFen,
        placedAt: b.placedAt.toISOString(),
        prevHash: b.prevHash,
        hash: b.hash,
      })),
      { bidCount: lot.bidCount, headHash: lot.headHash },
    );
    return { lotId, format: CHAIN_FORMAT, ...verdict };
  }

  /** Who registered: the seller (names once closed), the supervising bureau and the platform (always). */
  async registrations(lotId: string, caller: Principal): Promise<RegistrationView[]> {
    const lot = await this.lots.find(this.ds.manager, lotId);
    if (!lot) throw new AuctionNotFoundError(lotId);
    const audience = audienceOf(lot, caller, (c, a) => this.regions.within(c, a));
    const rows = await this.bids.registrations(this.ds.manager, lotId);
    return rows.map((r) => registrationView(r, audience, lot.status));
  }

  private async lockedLot(em: EntityManager, lotId: string): Promise<LotRow> {
    const lot = await this.lots.lock(em, lotId);
    if (!lot) throw new AuctionNotFoundError(lotId);
    return lot;
  }
}

function refusalError(r: BidRefusal, current: bigint | null): Error {
  switch (r.kind) {
    case 'seller':
      return new AuctionSellerCannotBidError();
    case 'ended':
      return new AuctionEndedError();
    case 'not-open':
      return new AuctionNotOpenError(r.phase);
    case 'not-registered':
      return new AuctionNotRegisteredError();
    case 'deposit-unconfirmed':
      return new AuctionDepositUnconfirmedError();
    case 'too-low':
      return new AuctionBidTooLowError(r.minimumFen, current);
  }
}
