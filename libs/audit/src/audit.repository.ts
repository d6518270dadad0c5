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
  /** Part of the actor's name or e-mail (identity's user_summary read model). */
  actor?: string;
  from?: string;
  to?: string;
}

/** A row as read back: with who the actor was, by name. */
export type AuditRecord = AuditRow & {
  id: string;
  occurredAt: Date;
  actorName: string | null;
  actorOrgName: string | null;
  /** The target's name now, for organisations and users (identity's read models). */
  targetLabel: string | null;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

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
  ): Promise<{ total: number; rows: AuditRecord[] }> {
    const { cond, params } = this.where(f);
    const [{ n }]: { n: number }[] = await db.query(`SELECT count(*)::int AS n FROM audit_log a ${cond}`, params);
    return { total: n, rows: await this.rows(db, cond, params, limit, offset) };
  }

  /** Up to `limit` rows, newest first, and whether there were more (an export refuses those). */
  async upTo(db: Queryable, f: AuditFilter, limit: number): Promise<{ rows: AuditRecord[]; more: boolean }> {
    const { cond, params } = this.where(f);
    const rows = await this.rows(db, cond, params, limit + 1, 0);
    return { rows: rows.slice(0, limit), more: rows.length > limit };
  }

  private where(f: AuditFilter): { cond: string; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    for (const codes of f.regionIn) add('a.region_code = ANY(?)', codes);
    // A bare group ("user") means every action of it.
    if (f.action !== undefined)
      add(f.action.includes('.') ? 'a.action = ?' : `split_part(a.action, '.', 1) = ?`, f.action);
    if (f.targetType !== undefined) add('a.target_type = ?', f.targetType);
    if (f.targetId !== undefined) add('a.target_id = ?', f.targetId);
    if (f.actorUserId !== undefined) add('a.actor_user_id = ?', f.actorUserId);
    if (f.actorOrgId !== undefined) add('a.actor_org_id = ?', f.actorOrgId);
    if (f.actor !== undefined)
      add(
        `a.actor_user_id IN (SELECT id FROM user_summary WHERE display_name ILIKE ? ESCAPE '\\' OR email ILIKE ? ESCAPE '\\')`,
        `%${escapeLike(f.actor)}%`,
      );
    if (f.from !== undefined) add('a.occurred_at >= ?', f.from);
    if (f.to !== undefined) add('a.occurred_at < ?', f.to);
    return { cond: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
  }

  private async rows(
    db: Queryable,
    cond: string,
    params: unknown[],
    limit: number,
    offset: number,
  ): Promise<AuditRecord[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT a.id::text, a.occurred_at, a.actor_user_id, a.actor_org_id, a.region_code, a.action, a.target_type, a.target_id,
              a.before, a.after, a.ip, a.request_id, u.display_name AS actor_name, o.name AS actor_org_name,
              CASE a.target_type
                WHEN 'organization' THEN (SELECT t.name FROM org_summary t WHERE t.id::text = a.target_id)
                WHEN 'user' THEN (SELECT t.display_name FROM user_summary t WHERE t.id::text = a.target_id)
                ELSE CASE WHEN a.target_id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
                  (SELECT l.label FROM record_label l WHERE l.target_type = a.target_type AND l.id = a.target_id::uuid)
                END
              END AS target_label
         FROM audit_log a
         LEFT JOIN user_summary u ON u.id = a.actor_user_id
         LEFT JOIN org_summary o ON o.id = a.actor_org_id
         ${cond}
        ORDER BY a.occurred_at DESC, a.id DESC
        LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id as string,
      occurredAt: r.occurred_at as Date,
      actorUserId: r.actor_user_id as string | null,
      actorOrgId: r.actor_org_id as string | null,
      actorName: r.actor_name as string | null,
      actorOrgName: r.actor_org_name as string | null,
      regionCode: r.region_code as string | null,
      action: r.action as string,
      targetType: r.target_type as string,
      targetId: r.target_id as string | null,
      targetLabel: r.target_label as string | null,
      before: r.before as Record<string, unknown> | null,
      after: r.after as Record<string, unknown> | null,
      ip: r.ip as string | null,
      requestId: r.request_id as string | null,
    }));
  }
}
