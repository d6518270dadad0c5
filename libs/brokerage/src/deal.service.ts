import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService, OrganizationService } from '../../identity/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import { inTransaction, mapViolation, type Queryable } from '../../shared/database/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import {
  BrokerageError,
  BrokerageErrorCode,
  DealNotFoundError,
  dealFieldError as fieldError,
  dealSourceNotFound as sourceNotFound,
  dealVersionConflict as versionConflict,
} from './brokerage.errors.js';
import { commissionProblems, expectedCommission, type CommissionBasisEstimate } from './commission.rules.js';
import { DealBoardRepository } from './deal-board.repository.js';
import { DEAL_CHANGED, dealChanged } from './deal.events.js';
import {
  dealCourse,
  isDealBroker,
  mayAddNote,
  openingProblems,
  partyLabel,
  readyToSign,
  seesAsBroker,
  seesAsPartyOrBureau,
} from './deal-parties.rules.js';
import {
  canMoveDeal,
  DEAL_STAGES,
  isFinalStage,
  nextDealStages,
  waitsForAcceptance,
  type DealStage,
} from './deal-stage.js';
import { brokerOf, partyRecord, toDealView, toDealViews } from './deal-view.js';
import { DealRepository, type DealScope } from './deal.repository.js';
import type { DealRow } from './deal.row.js';
import type { BoardColumn, CommissionInput, DealContractSource, DealView, OpenDealInput } from './deal.types.js';

/**
 * Deals (技术经纪): a broker or an organisation's admin opens a deal from a need, an
 * achievement, a challenge award or a match; parties accept; the broker moves it through the
 * stages with a dated timeline. Visible only to its broker, its parties and the bureaus above
 * the parties' regions. Rules live in *.rules.ts, SQL in the repositories.
 */
@Injectable()
export class DealService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: DealRepository,
    private readonly boardRepo: DealBoardRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationService,
    private readonly directory: OrgDirectoryService,
    private readonly listings: ListingReader,
    private readonly events: EventBus,
  ) {}

  async open(principal: Principal, input: OpenDealInput, outer?: EntityManager): Promise<DealView> {
    this.orgs.assertVerified(principal);
    const byId = await this.directory.summaries(
      input.parties.map((p) => p.orgId),
      outer,
    );
    const problems = [
      ...commissionProblems(input.commission),
      ...openingProblems(principal, input, new Set(byId.keys())),
    ];
    if (problems.length) throw fieldError(problems);

    return inTransaction(
      this.ds,
      async (em) => {
        let id: string;
        try {
          id = await this.repo.insert(em, {
            title: input.title,
            needId: input.needId ?? null,
            achievementId: input.achievementId ?? null,
            challengeApplicationId: input.challengeApplicationId ?? null,
            matchRef: input.matchRef ?? null,
            brokerUserId: principal.userId,
            brokerOrgId: principal.orgId,
            commission: input.commission,
          });
        } catch (err) {
          throw mapViolation(err, { 'foreign-key': (v) => sourceNotFound(v.constraint) });
        }
        await this.event(em, id, principal, 'opened', null, 'lead', input.note ?? null);
        for (const p of input.parties) {
          const org = byId.get(p.orgId)!;
          // The opener's own organisation takes part without an invitation.
          const own = org.id === principal.orgId;
          await this.repo.insertParty(em, id, {
            orgId: org.id,
            role: p.role,
            regionCode: org.regionCode,
            acceptedBy: own ? principal.userId : null,
          });
          await this.event(em, id, principal, own ? 'accepted' : 'invited', null, null, partyLabel(org.name, p.role));
        }
        await this.audit.record(em, {
          actor: principal,
          action: 'deal.open',
          targetType: 'deal',
          targetId: id,
          after: {
            title: input.title,
            parties: input.parties,
            needId: input.needId,
            achievementId: input.achievementId,
          },
        });
        const invitedOrgIds = input.parties.map((p) => p.orgId).filter((org) => org !== principal.orgId);
        await this.events.publish(
          em,
          DEAL_CHANGED,
          dealChanged({ dealId: id, stage: 'lead', change: 'opened', invitedOrgIds }),
        );
        return this.view(em, id);
      },
      outer,
    );
  }

  /** A party accepts or declines its invitation. */
  async respond(principal: Principal, dealId: string, accept: boolean): Promise<DealView> {
    return this.ds.transaction(async (em) => {
      const deal = await this.lock(em, dealId);
      await this.assertVisible(em, principal, deal);
      if (isFinalStage(deal.stage))
        throw new BrokerageError(BrokerageErrorCode.DEAL_CLOSED, '对接已结束', { stage: deal.stage });
      const party = (await this.repo.partiesWithNames(em, [dealId])).find((p) => p.org_id === principal.orgId);
      if (!party) throw new BrokerageError(BrokerageErrorCode.DEAL_NOT_A_PARTY, '本机构不是该对接的参与方');
      if (party.status !== 'invited')
        throw new BrokerageError(BrokerageErrorCode.DEAL_ALREADY_RESPONDED, '已答复过邀请', { status: party.status });
      const answer = accept ? 'accepted' : 'declined';
      await this.repo.respond(em, dealId, principal.orgId, answer, principal.userId);
      await this.event(em, dealId, principal, answer, null, null, partyLabel(party.name, party.role)); // who answered
      await this.audit.record(em, {
        actor: principal,
        action: `deal.${accept ? 'accept' : 'decline'}`,
        targetType: 'deal',
        targetId: dealId,
      });
      await this.events.publish(
        em,
        DEAL_CHANGED,
        dealChanged({ dealId, stage: deal.stage, change: answer, partyOrgId: principal.orgId }),
      );
      return this.view(em, dealId);
    });
  }

  /** The broker moves the deal one stage on (or drops it), with a dated note. */
  async move(principal: Principal, dealId: string, to: DealStage, version: number, note?: string): Promise<DealView> {
    const said = note?.trim() || null; // a blank note is no note: the timeline shows the move alone
    return this.ds.transaction(async (em) => {
      const deal = await this.lock(em, dealId);
      this.assertBroker(principal, deal);
      const parties = (await this.repo.parties(em, dealId)).map(partyRecord);
      const course = dealCourse(deal.broker_org_id, parties);
      if (waitsForAcceptance(deal.stage, to, course)) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_PARTIES_NOT_READY, '各参与方接受邀请后才能推进对接', {
          parties: parties.map((p) => ({ role: p.role, status: p.status })),
        });
      }
      if (!canMoveDeal(deal.stage, to, course)) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_STAGE_INVALID, `不能从「${deal.stage}」转到「${to}」`, {
          from: deal.stage,
          to,
          allowed: nextDealStages(deal.stage, course),
        });
      }
      if (to === 'signed') {
        if (!readyToSign(parties)) {
          throw new BrokerageError(
            BrokerageErrorCode.DEAL_PARTIES_NOT_READY,
            '签约前须有卖方和买方且各方均已接受邀请',
            { parties: parties.map((p) => ({ role: p.role, status: p.status })) },
          );
        }
      }
      if (!(await this.repo.moveStage(em, dealId, version, to, said))) throw versionConflict(dealId, version);
      await this.event(em, dealId, principal, 'stage', deal.stage, to, said);
      await this.audit.record(em, {
        actor: principal,
        action: 'deal.stage',
        targetType: 'deal',
        targetId: dealId,
        before: { stage: deal.stage },
        after: { stage: to, note: said },
      });
      await this.events.publish(
        em,
        DEAL_CHANGED,
        dealChanged({ dealId, stage: to, change: 'stage', fromStage: deal.stage }),
      );
      return this.view(em, dealId);
    });
  }

  /** A dated note on the timeline, by the broker or an accepted party. */
  async addNote(principal: Principal, dealId: string, note: string, outer?: EntityManager): Promise<DealView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const deal = await this.lock(em, dealId);
        if (!mayAddNote(principal, brokerOf(deal), await this.repo.partyStatus(em, dealId, principal.orgId))) {
          await this.assertVisible(em, principal, deal);
          throw new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有经纪人和已接受的参与方可以记录进展');
        }
        await this.event(em, dealId, principal, 'note', null, null, note);
        await this.repo.touch(em, dealId);
        return this.view(em, dealId);
      },
      outer,
    );
  }

  /** The broker's commission terms; fixed once the deal is signed. */
  async setCommission(principal: Principal, dealId: string, version: number, c: CommissionInput): Promise<DealView> {
    const problems = commissionProblems(c);
    if (problems.length) throw fieldError(problems);
    return this.ds.transaction(async (em) => {
      const deal = await this.lock(em, dealId);
      this.assertBroker(principal, deal);
      if (isFinalStage(deal.stage))
        throw new BrokerageError(BrokerageErrorCode.DEAL_CLOSED, '对接已结束，佣金条款不能再修改', {
          stage: deal.stage,
        });
      if (!(await this.repo.setCommission(em, dealId, version, c))) throw versionConflict(dealId, version);
      await this.event(em, dealId, principal, 'commission', null, null, null);
      await this.audit.record(em, {
        actor: principal,
        action: 'deal.commission',
        targetType: 'deal',
        targetId: dealId,
        before: { percent: deal.commission_percent, fixedFen: deal.commission_fixed_fen, basis: deal.commission_basis },
        after: { percent: c.percent ?? null, fixedFen: c.fixedFen ?? null, basis: c.basis ?? null },
      });
      return this.view(em, dealId);
    });
  }

  async get(principal: Principal, dealId: string): Promise<DealView> {
    const db = this.ds.manager;
    const deal = await this.repo.find(db, dealId);
    if (!deal) throw new DealNotFoundError(dealId);
    await this.assertVisible(db, principal, deal);
    return this.view(db, dealId);
  }

  /** Deals the caller may see, newest activity first. */
  async list(principal: Principal, q: PageRequest & { stage?: DealStage; region?: string }): Promise<Page<DealView>> {
    const db = this.ds.manager;
    const scope = await this.visibleScope(principal, q.region);
    const { total, ids } = await this.repo.page(db, scope, q.stage, q.pageSize, pageOffset(q));
    const rows = await this.repo.rows(db, ids);
    return toPage(toDealViews(rows, await this.repo.partiesWithNames(db, ids)), total, q);
  }

  /**
   * The deal board: one column per stage. `broker` — the caller's own deals as broker;
   * `region` — bureaus: deals with a party in the region's subtree. Two queries whatever the
   * number of columns: the columns with their totals, then the parties of the deals shown.
   */
  async board(
    principal: Principal,
    scope: 'broker' | 'region',
    region?: string,
    perColumn = 20,
  ): Promise<{ scope: string; region: string | null; columns: BoardColumn[] }> {
    let where: DealScope;
    if (scope === 'broker') {
      where = { kind: 'broker', userId: principal.userId };
    } else {
      if (!isBureau(principal) && !isPlatformAdmin(principal)) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_REGION_FORBIDDEN, '只有科技局可以查看地区对接看板');
      }
      where = await this.visibleScope(principal, region ?? principal.regionCode);
    }
    const db = this.ds.manager;
    const { totals, rows } = await this.boardRepo.columns(db, where, perColumn);
    const views = toDealViews(
      rows,
      await this.repo.partiesWithNames(
        db,
        rows.map((r) => r.id),
      ),
    );
    const columns = DEAL_STAGES.map((stage): BoardColumn => ({
      stage,
      total: totals.get(stage) ?? 0,
      items: views.filter((v) => v.stage === stage),
    }));
    return { scope, region: scope === 'region' ? (region ?? principal.regionCode) : null, columns };
  }

  /** For the contracts lib: the deal a contract comes from, read in the caller's transaction. */
  async contractSource(em: EntityManager, dealId: string): Promise<DealContractSource | undefined> {
    const deal = await this.repo.find(em, dealId);
    if (!deal) return undefined;
    const parties = await this.repo.parties(em, dealId);
    return { id: deal.id, stage: deal.stage, ...brokerOf(deal), parties: parties.map(partyRecord) };
  }

  /** Deals that reached each stage in [from, to) with a party in the region (for the quarterly report). */
  async stageCounts(regionCode: string | null, from: string, toExclusive: string): Promise<Record<string, number>> {
    const codes = regionCode === null ? null : await this.regions.subtreeCodes(regionCode);
    const rows = await this.repo.stageCounts(this.ds.manager, codes, from, toExclusive);
    return Object.fromEntries(DEAL_STAGES.map((s) => [s, rows.find((r) => r.stage === s)?.n ?? 0]));
  }

  /** The deals a caller may list: a region's subtree (bureaus within theirs), or their own. */
  private async visibleScope(principal: Principal, region?: string): Promise<DealScope> {
    if (region !== undefined) {
      if (!isPlatformAdmin(principal) && !(isBureau(principal) && this.regions.within(region, principal.regionCode))) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_REGION_FORBIDDEN, '只能查看本辖区的对接项目', { region });
      }
      return { kind: 'region', regionCodes: await this.regions.subtreeCodes(region) };
    }
    if (isPlatformAdmin(principal)) return { kind: 'all' };
    const bureauReads = isBureau(principal) && principal.permissions.has(Permission.DEAL_READ);
    return {
      kind: 'involved',
      userId: principal.userId,
      orgId: principal.orgId,
      ...(bureauReads ? { regionCodes: await this.regions.subtreeCodes(principal.regionCode) } : {}),
    };
  }

  private async lock(em: EntityManager, id: string): Promise<DealRow> {
    const deal = await this.repo.find(em, id, true);
    if (!deal) throw new DealNotFoundError(id);
    return deal;
  }

  private assertBroker(principal: Principal, deal: DealRow): void {
    if (!isDealBroker(principal, brokerOf(deal))) {
      throw new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有该对接的经纪人可以推进阶段或修改佣金');
    }
  }

  /** Hides deals the caller may not see behind 404, as if they did not exist. */
  private async assertVisible(db: Queryable, principal: Principal, deal: DealRow): Promise<void> {
    if (seesAsBroker(principal, brokerOf(deal))) return;
    const parties = (await this.repo.parties(db, deal.id)).map(partyRecord);
    if (seesAsPartyOrBureau(principal, parties, (code, ancestor) => this.regions.within(code, ancestor))) return;
    throw new DealNotFoundError(deal.id);
  }

  private event(
    em: EntityManager,
    dealId: string,
    actor: Principal,
    kind: string,
    from: string | null,
    to: string | null,
    note: string | null,
  ): Promise<void> {
    return this.repo.addEvent(em, { dealId, actorUserId: actor.userId, kind, from, to, note });
  }

  /** The deal with its parties, timeline and expected commission, in the caller's transaction. */
  private async view(db: Queryable, id: string): Promise<DealView> {
    const [deal] = await this.repo.rows(db, [id]);
    if (!deal) throw new DealNotFoundError(id);
    const view = toDealView(deal, await this.repo.partiesWithNames(db, [id]), await this.repo.events(db, [id]));
    const terms = {
      percent: deal.commission_percent,
      fixedFen: deal.commission_fixed_fen,
      basis: deal.commission_basis,
    };
    return { ...view, expectedCommission: expectedCommission(terms, await this.basisEstimate(db, deal)) };
  }

  /**
   * The figure a commission percentage is estimated on before a contract sets it: the
   * achievement's asking price, else the need's budget ceiling (published listings only).
   */
  private async basisEstimate(db: Queryable, deal: DealRow): Promise<CommissionBasisEstimate | null> {
    const em = 'manager' in db ? undefined : (db as EntityManager);
    if (deal.achievement_id) {
      const [a] = await this.listings.publishedDocuments('achievement', [deal.achievement_id], em);
      if (a?.priceFen) return { fen: BigInt(a.priceFen), source: 'asking_price' };
    }
    if (deal.need_id) {
      const [n] = await this.listings.publishedDocuments('need', [deal.need_id], em);
      if (n?.budgetMaxFen) return { fen: BigInt(n.budgetMaxFen), source: 'budget' };
    }
    return null;
  }
}
