import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrganizationService } from '../../identity/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode, type FieldError } from '../../shared/errors/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { BrokerageError, BrokerageErrorCode, DealNotFoundError } from './brokerage.errors.js';
import { canMoveDeal, DEAL_STAGES, isFinalStage, nextDealStages, type DealStage } from './deal-stage.js';
import type {
  BoardColumn,
  CommissionInput,
  DealContractSource,
  DealEventView,
  DealPartyView,
  DealView,
  OpenDealInput,
} from './deal.types.js';
import { inTransaction } from '../../shared/database/index.js';

const MAX_FEN = 9_000_000_000_000_000_000n;

interface DealRow {
  id: string;
  title: string;
  stage: DealStage;
  need_id: string | null;
  achievement_id: string | null;
  challenge_application_id: string | null;
  match_ref: string | null;
  broker_user_id: string;
  broker_org_id: string;
  commission_percent: string | null;
  commission_fixed_fen: string | null;
  commission_basis: DealView['commission']['basis'];
  commission_note: string | null;
  signed_at: Date | null;
  dropped_at: Date | null;
  drop_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function fieldError(fields: FieldError[]): AppError {
  return new AppError(CommonErrorCode.VALIDATION_FAILED, '对接项目信息不合法', fields);
}

function commissionProblems(c: CommissionInput | undefined): FieldError[] {
  const out: FieldError[] = [];
  if (!c) return out;
  if (c.percent !== undefined && c.percent !== null) {
    if (
      !Number.isFinite(c.percent) ||
      c.percent < 0 ||
      c.percent > 100 ||
      Math.round(c.percent * 100) !== c.percent * 100
    ) {
      out.push({ field: 'commission.percent', messages: ['必须是 0 到 100 之间、最多两位小数的百分比'] });
    }
  }
  if (c.fixedFen !== undefined && c.fixedFen !== null) {
    if (!/^(0|[1-9][0-9]{0,18})$/.test(c.fixedFen) || BigInt(c.fixedFen) > MAX_FEN) {
      out.push({ field: 'commission.fixedFen', messages: ['必须是以分为单位的非负整数，且不超过上限'] });
    }
  }
  return out;
}

/**
 * Deals (技术经纪): a broker or an organisation's admin opens a deal from a need, an
 * achievement, a challenge award or a match; parties accept; the broker moves it through the
 * stages with a dated timeline. Visible only to its broker, its parties and the bureaus above
 * the parties' regions.
 */
@Injectable()
export class DealService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationService,
  ) {}

  async open(principal: Principal, input: OpenDealInput, outer?: EntityManager): Promise<DealView> {
    this.orgs.assertVerified(principal);
    const isBroker = principal.roles.includes('broker') || principal.orgType === 'broker_agency';
    const problems = commissionProblems(input.commission);
    if (!input.needId && !input.achievementId && !input.challengeApplicationId && !input.matchRef) {
      problems.push({ field: 'source', messages: ['须关联一项技术需求、科技成果、揭榜挂帅中标申请或匹配结果'] });
    }
    const orgIds = input.parties.map((p) => p.orgId);
    if (new Set(orgIds).size !== orgIds.length)
      problems.push({ field: 'parties', messages: ['同一机构不能重复列为参与方'] });
    const byId = await this.orgs.summaries(orgIds, outer);
    input.parties.forEach((p, i) => {
      if (!byId.has(p.orgId)) problems.push({ field: `parties.${i}.orgId`, messages: ['机构不存在'] });
    });
    // An organisation's admin brokers its own deals: its organisation must be one of the parties.
    if (!isBroker && !isPlatformAdmin(principal) && !orgIds.includes(principal.orgId)) {
      problems.push({ field: 'parties', messages: ['机构管理员发起对接时，本机构须为参与方之一'] });
    }
    if (problems.length) throw fieldError(problems);

    return inTransaction(
      this.ds,
      async (em) => {
        let id: string;
        try {
          const [row]: { id: string }[] = await em.query(
            `INSERT INTO deal (title, need_id, achievement_id, challenge_application_id, match_ref, broker_user_id, broker_org_id,
                             commission_percent, commission_fixed_fen, commission_basis, commission_note)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
            [
              input.title,
              input.needId ?? null,
              input.achievementId ?? null,
              input.challengeApplicationId ?? null,
              input.matchRef ?? null,
              principal.userId,
              principal.orgId,
              input.commission?.percent ?? null,
              input.commission?.fixedFen ?? null,
              input.commission?.basis ?? null,
              input.commission?.note ?? null,
            ],
          );
          id = row!.id;
        } catch (err) {
          throw this.mapSourceError(err);
        }
        await this.event(em, id, principal, 'opened', null, 'lead', input.note ?? null);
        for (const p of input.parties) {
          const org = byId.get(p.orgId)!;
          const own = org.id === principal.orgId;
          await em.query(
            `INSERT INTO deal_party (deal_id, org_id, role, region_code, status, responded_at, responded_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              id,
              org.id,
              p.role,
              org.regionCode,
              own ? 'accepted' : 'invited',
              own ? new Date() : null,
              own ? principal.userId : null,
            ],
          );
          await this.event(
            em,
            id,
            principal,
            own ? 'accepted' : 'invited',
            null,
            null,
            `${org.name}（${p.role === 'seller' ? '卖方' : '买方'}）`,
          );
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
        return this.view(em, id, true);
      },
      outer,
    );
  }

  /** A party accepts or declines its invitation. */
  async respond(principal: Principal, dealId: string, accept: boolean): Promise<DealView> {
    return this.ds.transaction(async (em) => {
      const deal = await this.lock(em, dealId);
      await this.assertVisible(principal, deal, em);
      if (isFinalStage(deal.stage))
        throw new BrokerageError(BrokerageErrorCode.DEAL_CLOSED, '对接已结束', { stage: deal.stage });
      const [party]: { status: string }[] = await em.query(
        `SELECT status FROM deal_party WHERE deal_id = $1 AND org_id = $2`,
        [dealId, principal.orgId],
      );
      if (!party) throw new BrokerageError(BrokerageErrorCode.DEAL_NOT_A_PARTY, '本机构不是该对接的参与方');
      if (party.status !== 'invited')
        throw new BrokerageError(BrokerageErrorCode.DEAL_ALREADY_RESPONDED, '已答复过邀请', { status: party.status });
      const status = accept ? 'accepted' : 'declined';
      await em.query(
        `UPDATE deal_party SET status = $3, responded_at = now(), responded_by = $4 WHERE deal_id = $1 AND org_id = $2`,
        [dealId, principal.orgId, status, principal.userId],
      );
      await em.query(`UPDATE deal SET version = version + 1, updated_at = now() WHERE id = $1`, [dealId]);
      await this.event(em, dealId, principal, status, null, null, null);
      await this.audit.record(em, {
        actor: principal,
        action: `deal.${accept ? 'accept' : 'decline'}`,
        targetType: 'deal',
        targetId: dealId,
      });
      return this.view(em, dealId, true);
    });
  }

  /** The broker moves the deal one stage on (or drops it), with a dated note. */
  async move(principal: Principal, dealId: string, to: DealStage, version: number, note?: string): Promise<DealView> {
    return this.ds.transaction(async (em) => {
      const deal = await this.lock(em, dealId);
      this.assertBroker(principal, deal);
      if (!canMoveDeal(deal.stage, to)) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_STAGE_INVALID, `不能从「${deal.stage}」转到「${to}」`, {
          from: deal.stage,
          to,
          allowed: nextDealStages(deal.stage),
        });
      }
      if (to === 'signed') {
        const parties: { role: string; status: string }[] = await em.query(
          `SELECT role, status FROM deal_party WHERE deal_id = $1`,
          [dealId],
        );
        const ready =
          parties.every((p) => p.status === 'accepted') &&
          parties.some((p) => p.role === 'seller') &&
          parties.some((p) => p.role === 'buyer');
        if (!ready) {
          throw new BrokerageError(
            BrokerageErrorCode.DEAL_PARTIES_NOT_READY,
            '签约前须有卖方和买方且各方均已接受邀请',
            { parties },
          );
        }
      }
      // TypeORM answers UPDATE with [rows, affectedCount].
      const [, affected]: [unknown[], number] = await em.query(
        `UPDATE deal SET stage = $3, version = version + 1, updated_at = now(),
                signed_at = CASE WHEN $3 = 'signed' THEN now() ELSE signed_at END,
                dropped_at = CASE WHEN $3 = 'dropped' THEN now() ELSE dropped_at END,
                drop_reason = CASE WHEN $3 = 'dropped' THEN $4 ELSE drop_reason END
          WHERE id = $1 AND version = $2`,
        [dealId, version, to, note ?? null],
      );
      if (affected !== 1)
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '对接项目已被他人修改，请刷新后重试', {
          id: dealId,
          expectedVersion: version,
        });
      await this.event(em, dealId, principal, 'stage', deal.stage, to, note ?? null);
      await this.audit.record(em, {
        actor: principal,
        action: 'deal.stage',
        targetType: 'deal',
        targetId: dealId,
        before: { stage: deal.stage },
        after: { stage: to, note: note ?? null },
      });
      return this.view(em, dealId, true);
    });
  }

  /** A dated note on the timeline, by the broker or an accepted party. */
  async addNote(principal: Principal, dealId: string, note: string, outer?: EntityManager): Promise<DealView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const deal = await this.lock(em, dealId);
        const isBrokerOfDeal = deal.broker_user_id === principal.userId;
        const [party]: { status: string }[] = await em.query(
          `SELECT status FROM deal_party WHERE deal_id = $1 AND org_id = $2`,
          [dealId, principal.orgId],
        );
        if (!isBrokerOfDeal && party?.status !== 'accepted') {
          await this.assertVisible(principal, deal, em);
          throw new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有经纪人和已接受的参与方可以记录进展');
        }
        await this.event(em, dealId, principal, 'note', null, null, note);
        await em.query(`UPDATE deal SET updated_at = now() WHERE id = $1`, [dealId]);
        return this.view(em, dealId, true);
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
      // TypeORM answers UPDATE with [rows, affectedCount].
      const [, affected]: [unknown[], number] = await em.query(
        `UPDATE deal SET commission_percent = $3, commission_fixed_fen = $4, commission_basis = $5, commission_note = $6,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2`,
        [dealId, version, c.percent ?? null, c.fixedFen ?? null, c.basis ?? null, c.note ?? null],
      );
      if (affected !== 1)
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '对接项目已被他人修改，请刷新后重试', {
          id: dealId,
          expectedVersion: version,
        });
      await this.event(em, dealId, principal, 'commission', null, null, null);
      await this.audit.record(em, {
        actor: principal,
        action: 'deal.commission',
        targetType: 'deal',
        targetId: dealId,
        before: { percent: deal.commission_percent, fixedFen: deal.commission_fixed_fen, basis: deal.commission_basis },
        after: { percent: c.percent ?? null, fixedFen: c.fixedFen ?? null, basis: c.basis ?? null },
      });
      return this.view(em, dealId, true);
    });
  }

  async get(principal: Principal, dealId: string): Promise<DealView> {
    const [deal]: DealRow[] = await this.ds.query(`SELECT * FROM deal WHERE id = $1`, [dealId]);
    if (!deal) throw new DealNotFoundError(dealId);
    await this.assertVisible(principal, deal, this.ds.manager);
    return this.view(this.ds.manager, dealId, true);
  }

  /** Deals the caller may see, newest activity first. */
  async list(principal: Principal, q: PageRequest & { stage?: DealStage; region?: string }): Promise<Page<DealView>> {
    const { where, params } = await this.visibility(principal, q.region);
    if (q.stage) {
      params.push(q.stage);
      where.push(`d.stage = $${params.length}`);
    }
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM deal d ${cond}`, params);
    const rows: { id: string }[] = await this.ds.query(
      `SELECT d.id FROM deal d ${cond} ORDER BY d.updated_at DESC, d.id LIMIT ${Number(q.pageSize)} OFFSET ${pageOffset(q)}`,
      params,
    );
    return toPage(
      await this.views(
        this.ds.manager,
        rows.map((r) => r.id),
      ),
      n,
      q,
    );
  }

  /**
   * The deal board: one column per stage. `broker` — the caller's own deals as broker;
   * `region` — bureaus: deals with a party in the region's subtree.
   */
  async board(
    principal: Principal,
    scope: 'broker' | 'region',
    region?: string,
    perColumn = 20,
  ): Promise<{ scope: string; region: string | null; columns: BoardColumn[] }> {
    let where: string[];
    let params: unknown[];
    if (scope === 'broker') {
      where = ['d.broker_user_id = $1'];
      params = [principal.userId];
    } else {
      if (!isBureau(principal) && !isPlatformAdmin(principal)) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_REGION_FORBIDDEN, '只有科技局可以查看地区对接看板');
      }
      ({ where, params } = await this.visibility(principal, region ?? principal.regionCode));
    }
    const cond = `WHERE ${where.join(' AND ')}`;
    const counts: { stage: DealStage; n: number }[] = await this.ds.query(
      `SELECT d.stage, count(*)::int AS n FROM deal d ${cond} GROUP BY d.stage`,
      params,
    );
    const columns: BoardColumn[] = [];
    for (const stage of DEAL_STAGES) {
      const ids: { id: string }[] = await this.ds.query(
        `SELECT d.id FROM deal d ${cond} AND d.stage = $${params.length + 1} ORDER BY d.updated_at DESC, d.id LIMIT ${Number(perColumn)}`,
        [...params, stage],
      );
      columns.push({
        stage,
        total: counts.find((c) => c.stage === stage)?.n ?? 0,
        items: await this.views(
          this.ds.manager,
          ids.map((r) => r.id),
        ),
      });
    }
    return { scope, region: scope === 'region' ? (region ?? principal.regionCode) : null, columns };
  }

  /** For the contracts lib: the deal a contract comes from, read in the caller's transaction. */
  async contractSource(em: EntityManager, dealId: string): Promise<DealContractSource | undefined> {
    const [deal]: DealRow[] = await em.query(`SELECT * FROM deal WHERE id = $1`, [dealId]);
    if (!deal) return undefined;
    const parties: {
      org_id: string;
      role: 'seller' | 'buyer';
      status: 'invited' | 'accepted' | 'declined';
      region_code: string;
    }[] = await em.query(`SELECT org_id, role, status, region_code FROM deal_party WHERE deal_id = $1`, [dealId]);
    return {
      id: deal.id,
      stage: deal.stage,
      brokerUserId: deal.broker_user_id,
      brokerOrgId: deal.broker_org_id,
      parties: parties.map((p) => ({ orgId: p.org_id, role: p.role, status: p.status, regionCode: p.region_code })),
    };
  }

  /** Deals that reached each stage in [from, to) with a party in the region (for the quarterly report). */
  async stageCounts(regionCode: string | null, from: string, toExclusive: string): Promise<Record<string, number>> {
    const params: unknown[] = [from, toExclusive];
    let regionCond = '';
    if (regionCode !== null) {
      params.push(await this.regions.subtreeCodes(regionCode));
      regionCond = `AND EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = e.deal_id AND p.region_code = ANY($3))`;
    }
    const rows: { stage: string; n: number }[] = await this.ds.query(
      `SELECT e.to_stage AS stage, count(DISTINCT e.deal_id)::int AS n FROM deal_event e
        WHERE e.kind IN ('opened', 'stage') AND e.occurred_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai') AND e.occurred_at < ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai') ${regionCond}
        GROUP BY e.to_stage`,
      params,
    );
    return Object.fromEntries(DEAL_STAGES.map((s) => [s, rows.find((r) => r.stage === s)?.n ?? 0]));
  }

  private mapSourceError(err: unknown): unknown {
    const e = err as { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string };
    const code = e.driverError?.code ?? e.code;
    const constraint = e.driverError?.constraint ?? e.constraint ?? '';
    if (code === '23503') {
      const field = constraint.includes('need')
        ? 'needId'
        : constraint.includes('achievement')
          ? 'achievementId'
          : constraint.includes('challenge')
            ? 'challengeApplicationId'
            : 'source';
      return fieldError([{ field, messages: ['关联的记录不存在'] }]);
    }
    return err;
  }

  private async visibility(principal: Principal, region?: string): Promise<{ where: string[]; params: unknown[] }> {
    if (region !== undefined) {
      if (
        !isPlatformAdmin(principal) &&
        !(isBureau(principal) && (await this.regions.isWithin(region, principal.regionCode)))
      ) {
        throw new BrokerageError(BrokerageErrorCode.DEAL_REGION_FORBIDDEN, '只能查看本辖区的对接项目', { region });
      }
      return {
        where: [`EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = d.id AND p.region_code = ANY($1))`],
        params: [await this.regions.subtreeCodes(region)],
      };
    }
    if (isPlatformAdmin(principal)) return { where: ['TRUE'], params: [] };
    const params: unknown[] = [principal.userId, principal.orgId];
    const ors = [
      `d.broker_user_id = $1`,
      `d.broker_org_id = $2`,
      `EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = d.id AND p.org_id = $2)`,
    ];
    if (isBureau(principal) && principal.permissions.has(Permission.DEAL_READ)) {
      params.push(await this.regions.subtreeCodes(principal.regionCode));
      ors.push(`EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = d.id AND p.region_code = ANY($3))`);
    }
    return { where: [`(${ors.join(' OR ')})`], params };
  }

  private async lock(em: EntityManager, id: string): Promise<DealRow> {
    const [deal]: DealRow[] = await em.query(`SELECT * FROM deal WHERE id = $1 FOR UPDATE`, [id]);
    if (!deal) throw new DealNotFoundError(id);
    return deal;
  }

  private assertBroker(principal: Principal, deal: DealRow): void {
    if (
      deal.broker_user_id !== principal.userId &&
      !(deal.broker_org_id === principal.orgId && principal.permissions.has(Permission.DEAL_MANAGE))
    ) {
      throw new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有该对接的经纪人可以推进阶段或修改佣金');
    }
  }

  /** Hides deals the caller may not see behind 404, as if they did not exist. */
  private async assertVisible(principal: Principal, deal: DealRow, em: EntityManager): Promise<void> {
    if (
      isPlatformAdmin(principal) ||
      deal.broker_user_id === principal.userId ||
      deal.broker_org_id === principal.orgId
    )
      return;
    const parties: { org_id: string; region_code: string }[] = await em.query(
      `SELECT org_id, region_code FROM deal_party WHERE deal_id = $1`,
      [deal.id],
    );
    if (parties.some((p) => p.org_id === principal.orgId)) return;
    if (isBureau(principal)) {
      for (const p of parties) if (await this.regions.isWithin(p.region_code, principal.regionCode)) return;
    }
    throw new DealNotFoundError(deal.id);
  }

  private async event(
    em: EntityManager,
    dealId: string,
    actor: Principal,
    kind: string,
    from: string | null,
    to: string | null,
    note: string | null,
  ) {
    await em.query(
      `INSERT INTO deal_event (deal_id, actor_user_id, kind, from_stage, to_stage, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [dealId, actor.userId, kind, from, to, note],
    );
  }

  private async view(em: EntityManager, id: string, withTimeline: boolean): Promise<DealView> {
    const [v] = await this.views(em, [id], withTimeline);
    if (!v) throw new DealNotFoundError(id);
    return v;
  }

  private async views(em: EntityManager, ids: string[], withTimeline = false): Promise<DealView[]> {
    if (ids.length === 0) return [];
    const deals: DealRow[] = await em.query(`SELECT * FROM deal WHERE id = ANY($1)`, [ids]);
    const parties: (Record<string, unknown> & { deal_id: string })[] = await em.query(
      `SELECT p.*, o.name FROM deal_party p JOIN organization o ON o.id = p.org_id WHERE p.deal_id = ANY($1) ORDER BY p.role DESC, o.name`,
      [ids],
    );
    const events: (Record<string, unknown> & { deal_id: string })[] = withTimeline
      ? await em.query(`SELECT * FROM deal_event WHERE deal_id = ANY($1) ORDER BY occurred_at, id`, [ids])
      : [];
    const byId = new Map(deals.map((d) => [d.id, d]));
    return ids
      .map((id) => byId.get(id))
      .filter((d): d is DealRow => d !== undefined)
      .map((d) => ({
        id: d.id,
        title: d.title,
        stage: d.stage,
        nextStages: nextDealStages(d.stage),
        needId: d.need_id,
        achievementId: d.achievement_id,
        challengeApplicationId: d.challenge_application_id,
        matchRef: d.match_ref,
        brokerUserId: d.broker_user_id,
        brokerOrgId: d.broker_org_id,
        commission: {
          percent: d.commission_percent,
          fixedFen: d.commission_fixed_fen,
          basis: d.commission_basis,
          note: d.commission_note,
        },
        parties: parties
          .filter((p) => p.deal_id === d.id)
          .map((p): DealPartyView => ({
            orgId: p.org_id as string,
            name: p.name as string,
            role: p.role as DealPartyView['role'],
            regionCode: p.region_code as string,
            status: p.status as DealPartyView['status'],
            invitedAt: (p.invited_at as Date).toISOString(),
            respondedAt: iso(p.responded_at as Date | null),
          })),
        signedAt: iso(d.signed_at),
        droppedAt: iso(d.dropped_at),
        dropReason: d.drop_reason,
        version: d.version,
        createdAt: d.created_at.toISOString(),
        updatedAt: d.updated_at.toISOString(),
        ...(withTimeline
          ? {
              timeline: events
                .filter((e) => e.deal_id === d.id)
                .map((e): DealEventView => ({
                  at: (e.occurred_at as Date).toISOString(),
                  kind: e.kind as string,
                  actorUserId: e.actor_user_id as string | null,
                  fromStage: e.from_stage as string | null,
                  toStage: e.to_stage as string | null,
                  note: e.note as string | null,
                })),
            }
          : {}),
      }));
  }
}
