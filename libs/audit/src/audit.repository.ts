import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../shared/database/index.js';

export interface AuditRow {
  actorUserId: string | null;
  actorOrgId: string | null;
  regionCode: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  requestId: string | null;
}

/** Conditions of an audit read; every present one must hold. */
export interface AuditFilter {
  /** Each list is a region subtree (reference's RegionService) the row's region must lie in. */
  regionIn: string[][];
  action?: string;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
  actorOrgId?: string;
  from?: string;
  to?: string;
}

/** audit_log: appended to, read in pages, never updated or deleted. */
@Injectable()
export class AuditRepository {
  async insert(db: Queryable, r: AuditRow): Promise<void> {
    await db.query(
      `INSERT INTO audit_log (actor_user_id, actor_org_id, region_code, action, target_type, target_id, before, after, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        r.actorUserId,
        r.actorOrgId,
        r.regionCode,
        r.action,
        r.targetType,
        r.targetId,
        r.before ? JSON.stringify(r.before) : null,
        r.after ? JSON.stringify(r.after) : null,
        r.ip,
        r.requestId,
      ],
    );
  }

  /** Newest first, and how many rows match. */
  async page(
    db: Queryable,
    f: AuditFilter,
    limit: number,
    offset: number,
  ): Promise<{ total: number; rows: (AuditRow & { id: string; occurredAt: Date })[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    for (const codes of f.regionIn) add('region_code = ANY(?)', codes);
    if (f.action !== undefined) add('action = ?', f.action);
    if (f.targetType !== undefined) add('target_type = ?', f.targetType);
    if (f.targetId !== undefined) add('target_id = ?', f.targetId);
    if (f.actorUserId !== undefined) add('actor_user_id = ?', f.actorUserId);
    if (f.actorOrgId !== undefined) add('actor_org_id = ?', f.actorOrgId);
    if (f.from !== undefined) add('occurred_at >= ?', f.from);
    if (f.to !== undefined) add('occurred_at < ?', f.to);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_log ${cond}`, params);
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT id::text, occurred_at, actor_user_id, actor_org_id, region_code, action, target_type, target_id, before, after, ip, request_id
         FROM audit_log ${cond}
        ORDER BY occurred_at DESC, id DESC
        LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return {
      total: n,
      rows: rows.map((r) => ({
        id: r.id as string,
        occurredAt: r.occurred_at as Date,
        actorUserId: r.actor_user_id as string | null,
        actorOrgId: r.actor_org_id as string | null,
        regionCode: r.region_code as string | null,
        action: r.action as string,
        targetType: r.target_type as string,
        targetId: r.target_id as string | null,
        before: r.before as Record<string, unknown> | null,
        after: r.after as Record<string, unknown> | null,
        ip: r.ip as string | null,
        requestId: r.request_id as string | null,
      })),
    };
  }
}
