import { Injectable } from '@nestjs/common';
import { affectedRows, type Queryable } from '../../shared/database/index.js';
import type { DealStage } from './deal-stage.js';
import type { DealEventRow, DealPartyRow, DealRow } from './deal.row.js';
import type { CommissionInput, DealView, PartyRole, PartyStatus } from './deal.types.js';

/**
 * Which deals a read covers, decided by DealService's rules and turned into SQL here:
 * `involved` — the caller's own (as broker, broker organisation or party) and, for bureaus,
 * those with a party in `regionCodes`; `region` — a party in `regionCodes` (a subtree from
 * reference's RegionService); `broker` — the user's own deals as broker.
 */
export type DealScope =
  | { kind: 'all' }
  | { kind: 'broker'; userId: string }
  | { kind: 'region'; regionCodes: string[] }
  | { kind: 'involved'; userId: string; orgId: string; regionCodes?: string[] };

export type NewDeal = Pick<
  DealView,
  'title' | 'needId' | 'achievementId' | 'challengeApplicationId' | 'matchRef' | 'brokerUserId' | 'brokerOrgId'
> & { commission: CommissionInput | undefined; saleRef?: string };

export interface NewDealEvent {
  dealId: string;
  actorUserId: string;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
}

export type PartyFactsRow = Pick<DealPartyRow, 'org_id' | 'role' | 'region_code' | 'status'>;

/** Deals, their parties and timelines. Every method runs on the caller's EntityManager. */
@Injectable()
export class DealRepository {
  /** The scope as a WHERE condition on `deal d`, its parameters appended to `params`. */
  scopeCondition(scope: DealScope, params: unknown[]): string {
    const add = (v: unknown) => `$${params.push(v)}`;
    const partyIn = (codes: string[]) =>
      `EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = d.id AND p.region_code = ANY(${add(codes)}))`;
    switch (scope.kind) {
      case 'all':
        return 'TRUE';
      case 'broker':
        return `d.broker_user_id = ${add(scope.userId)}`;
      case 'region':
        return partyIn(scope.regionCodes);
      case 'involved': {
        const user = add(scope.userId);
        const org = add(scope.orgId);
        const ors = [
          `d.broker_user_id = ${user}`,
          `d.broker_org_id = ${org}`,
          `EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = d.id AND p.org_id = ${org})`,
        ];
        if (scope.regionCodes) ors.push(partyIn(scope.regionCodes));
        return `(${ors.join(' OR ')})`;
      }
    }
  }

  async insert(db: Queryable, d: NewDeal): Promise<string> {
    const [row]: { id: string }[] = await db.query(
      `INSERT INTO deal (title, need_id, achievement_id, challenge_application_id, match_ref, broker_user_id, broker_org_id,
                         commission_percent, commission_fixed_fen, commission_basis, commission_note, sale_ref)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        d.title,
        d.needId,
        d.achievementId,
        d.challengeApplicationId,
        d.matchRef,
        d.brokerUserId,
        d.brokerOrgId,
        d.commission?.percent ?? null,
        d.commission?.fixedFen ?? null,
        d.commission?.basis ?? null,
        d.commission?.note ?? null,
        d.saleRef ?? null,
      ],
    );
    return row!.id;
  }

  async insertParty(
    db: Queryable,
    dealId: string,
    p: { orgId: string; role: PartyRole; regionCode: string; acceptedBy: string | null },
  ): Promise<void> {
    await db.query(
      `INSERT INTO deal_party (deal_id, org_id, role, region_code, status, responded_at, responded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        dealId,
        p.orgId,
        p.role,
        p.regionCode,
        p.acceptedBy ? 'accepted' : 'invited',
        p.acceptedBy ? new Date() : null,
        p.acceptedBy,
      ],
    );
  }

  async addEvent(db: Queryable, e: NewDealEvent): Promise<void> {
    await db.query(
      `INSERT INTO deal_event (deal_id, actor_user_id, kind, from_stage, to_stage, note) VALUES ($1, $2, $3, $4, $5, $6)`,
      [e.dealId, e.actorUserId, e.kind, e.from, e.to, e.note],
    );
  }

  /** `lock`: FOR UPDATE, serialising changes to one deal. */
  async find(db: Queryable, id: string, lock = false): Promise<DealRow | undefined> {
    const [deal]: DealRow[] = await db.query(`SELECT * FROM deal WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
    return deal;
  }

  async parties(db: Queryable, dealId: string): Promise<PartyFactsRow[]> {
    return db.query(`SELECT org_id, role, region_code, status FROM deal_party WHERE deal_id = $1`, [dealId]);
  }

  async partyStatus(db: Queryable, dealId: string, orgId: string): Promise<PartyStatus | undefined> {
    const [party]: { status: PartyStatus }[] = await db.query(
      `SELECT status FROM deal_party WHERE deal_id = $1 AND org_id = $2`,
      [dealId, orgId],
    );
    return party?.status;
  }

  /** A party's answer to its invitation; the deal's version moves (its view changed). */
  async respond(db: Queryable, dealId: string, orgId: string, status: PartyStatus, userId: string): Promise<void> {
    await db.query(
      `UPDATE deal_party SET status = $3, responded_at = now(), responded_by = $4 WHERE deal_id = $1 AND org_id = $2`,
      [dealId, orgId, status, userId],
    );
    await db.query(`UPDATE deal SET version = version + 1, updated_at = now() WHERE id = $1`, [dealId]);
  }

  /** Optimistic: false when the version moved. */
  async moveStage(db: Queryable, id: string, version: number, to: DealStage, note: string | null): Promise<boolean> {
    const n = await affectedRows(
      db,
      `UPDATE deal SET stage = $3, version = version + 1, updated_at = now(),
              signed_at = CASE WHEN $3 = 'signed' THEN now() ELSE signed_at END,
              dropped_at = CASE WHEN $3 = 'dropped' THEN now() ELSE dropped_at END,
              drop_reason = CASE WHEN $3 = 'dropped' THEN $4 ELSE drop_reason END
        WHERE id = $1 AND version = $2`,
      [id, version, to, note],
    );
    return n === 1;
  }

  /** Optimistic: false when the version moved. */
  async setCommission(db: Queryable, id: string, version: number, c: CommissionInput): Promise<boolean> {
    const n = await affectedRows(
      db,
      `UPDATE deal SET commission_percent = $3, commission_fixed_fen = $4, commission_basis = $5, commission_note = $6,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, c.percent ?? null, c.fixedFen ?? null, c.basis ?? null, c.note ?? null],
    );
    return n === 1;
  }

  async touch(db: Queryable, id: string): Promise<void> {
    await db.query(`UPDATE deal SET updated_at = now() WHERE id = $1`, [id]);
  }

  /** A page of deals in scope, newest activity first, and how many there are. */
  async page(
    db: Queryable,
    scope: DealScope,
    stage: DealStage | undefined,
    limit: number,
    offset: number,
  ): Promise<{ total: number; ids: string[] }> {
    const params: unknown[] = [];
    const where = [this.scopeCondition(scope, params)];
    if (stage) where.push(`d.stage = $${params.push(stage)}`);
    const cond = `WHERE ${where.join(' AND ')}`;
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM deal d ${cond}`, params);
    const rows: { id: string }[] = await db.query(
      `SELECT d.id FROM deal d ${cond} ORDER BY d.updated_at DESC, d.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return { total: n, ids: rows.map((r) => r.id) };
  }

  /** Deal rows in the order of `ids` (ids not found are left out). */
  async rows(db: Queryable, ids: string[]): Promise<DealRow[]> {
    if (ids.length === 0) return [];
    const rows: DealRow[] = await db.query(`SELECT * FROM deal WHERE id = ANY($1)`, [ids]);
    const byId = new Map(rows.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id)).filter((d): d is DealRow => d !== undefined);
  }

  /** Parties of the deals with their organisations' names (identity's org_summary), sellers first. */
  async partiesWithNames(db: Queryable, dealIds: string[]): Promise<DealPartyRow[]> {
    if (dealIds.length === 0) return [];
    return db.query(
      `SELECT p.deal_id, p.org_id, o.name, p.role, p.region_code, p.status, p.invited_at, p.responded_at
         FROM deal_party p JOIN org_summary o ON o.id = p.org_id
        WHERE p.deal_id = ANY($1) ORDER BY p.role DESC, o.name`,
      [dealIds],
    );
  }

  async events(db: Queryable, dealIds: string[]): Promise<DealEventRow[]> {
    if (dealIds.length === 0) return [];
    return db.query(
      `SELECT deal_id, occurred_at, kind, actor_user_id, from_stage, to_stage, note
         FROM deal_event WHERE deal_id = ANY($1) ORDER BY occurred_at, id`,
      [dealIds],
    );
  }

  /**
   * Deals that reached each stage in [from, toExclusive) (China dates), with a party in
   * `regionCodes` (null: anywhere).
   */
  async stageCounts(
    db: Queryable,
    regionCodes: string[] | null,
    from: string,
    toExclusive: string,
  ): Promise<{ stage: string; n: number }[]> {
    const params: unknown[] = [from, toExclusive];
    const regionCond =
      regionCodes === null
        ? ''
        : `AND EXISTS (SELECT 1 FROM deal_party p WHERE p.deal_id = e.deal_id AND p.region_code = ANY($${params.push(regionCodes)}))`;
    return db.query(
      `SELECT e.to_stage AS stage, count(DISTINCT e.deal_id)::int AS n FROM deal_event e
        WHERE e.kind IN ('opened', 'stage') AND e.occurred_at >= ($1::date::timestamp AT TIME ZONE 'Asia/Shanghai')
          AND e.occurred_at < ($2::date::timestamp AT TIME ZONE 'Asia/Shanghai') ${regionCond}
        GROUP BY e.to_stage`,
      params,
    );
  }
}
