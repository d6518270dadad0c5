import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { dealFieldError } from './brokerage.errors.js';
import { DEAL_CHANGED, dealChanged } from './deal.events.js';
import { DealRepository } from './deal.repository.js';

/** A sale as a deal records it. */
export interface SaleDealInput {
  /** 'auction:<lot id>' or 'listing:<listing id>'. */
  saleRef: string;
  title: string;
  achievementId: string | null;
  sellerOrgId: string;
  /** The seller's user who put the sale up: the deal's broker (its own organisation's deal). */
  sellerUserId: string;
  buyerOrgId: string;
  /** The buyer's user who bound it (its intent, or its registration to bid). */
  buyerUserId: string;
  /** The timeline's note: how the sale was concluded. */
  note: string;
}

/**
 * The deal of a sale (挂牌 or auction), opened by the server in the caller's transaction. Both
 * parties bound themselves by the sale's announced rules — the seller by putting it up, the
 * buyer by its intent at the listed price or its winning bid — so both stand accepted and the
 * deal is signed at once: the draft contract follows from it (a contract needs a signed deal).
 * The seller's user is the broker of what is its own organisation's deal (nobody introduced
 * the parties but the market), so the contract names no intermediary.
 */
@Injectable()
export class SaleDealService {
  constructor(
    private readonly repo: DealRepository,
    private readonly directory: OrgDirectoryService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
  ) {}

  async open(em: EntityManager, s: SaleDealInput): Promise<string> {
    const orgs = await this.directory.summaries([s.sellerOrgId, s.buyerOrgId], em);
    const seller = orgs.get(s.sellerOrgId);
    const buyer = orgs.get(s.buyerOrgId);
    if (!seller || !buyer || seller.id === buyer.id)
      throw dealFieldError([{ field: 'parties', messages: ['成交双方须为平台上的两个不同机构'] }]);
    const id = await this.repo.insert(em, {
      title: s.title,
      needId: null,
      achievementId: s.achievementId,
      challengeApplicationId: null,
      matchRef: null,
      saleRef: s.saleRef,
      brokerUserId: s.sellerUserId,
      brokerOrgId: seller.id,
      commission: undefined,
    });
    await this.repo.addEvent(em, {
      dealId: id,
      actorUserId: s.sellerUserId,
      kind: 'opened',
      from: null,
      to: 'lead',
      note: s.note,
    });
    for (const [org, role, user] of [
      [seller, 'seller', s.sellerUserId],
      [buyer, 'buyer', s.buyerUserId],
    ] as const) {
      await this.repo.insertParty(em, id, { orgId: org.id, role, regionCode: org.regionCode, acceptedBy: user });
      await this.repo.addEvent(em, {
        dealId: id,
        actorUserId: user,
        kind: 'accepted',
        from: null,
        to: null,
        note: `${org.name}（${role === 'seller' ? '卖方' : '买方'}）`,
      });
    }
    await this.repo.moveStage(em, id, 1, 'signed', null);
    await this.repo.addEvent(em, {
      dealId: id,
      actorUserId: s.sellerUserId,
      kind: 'stage',
      from: 'lead',
      to: 'signed',
      note: s.note,
    });
    await this.audit.record(em, {
      actor: null,
      action: 'deal.open_from_sale',
      targetType: 'deal',
      targetId: id,
      after: { saleRef: s.saleRef, seller: seller.id, buyer: buyer.id, achievementId: s.achievementId },
    });
    // Nobody is invited: the sale's own notice tells the parties (libs/listed-sales).
    await this.events.publish(
      em,
      DEAL_CHANGED,
      dealChanged({ dealId: id, stage: 'signed', change: 'opened', invitedOrgIds: [] }),
    );
    return id;
  }
}
