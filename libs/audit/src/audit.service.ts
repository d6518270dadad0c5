import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditError, AuditErrorCode } from './audit.errors.js';

/** Who did it: a principal, or the bare ids when there is none yet (sign-up, login). */
export interface AuditActor {
  userId: string | null;
  orgId: string | null;
  regionCode?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export interface AuditEntry {
  actor: AuditActor | Principal | null;
  /** Dotted verb, e.g. `org.verify`, `listing.publish`, `contract.certify`. */
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Region the target belongs to (bureau admins read their subtree); defaults to the actor's. */
  regionCode?: string | null;
  /** Small summaries of the changed fields, never secrets. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditQuery extends PageRequest {
  action?: string;
  targetType?: string;
  targetId?: string;
  actorUserId?: string;
  actorOrgId?: string;
  regionCode?: string;
  from?: string;
  to?: string;
}

export interface AuditRowView {
  id: string;
  occurredAt: string;
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

/**
 * The audit log. `record` writes inside the caller's transaction so that a change and its audit
 * row commit or roll back together; there is deliberately no update or delete.
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly ds: DataSource,
    private readonly regions: RegionService,
  ) {}

  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    const a = entry.actor;
    await em.query(
      `INSERT INTO audit_log (actor_user_id, actor_org_id, region_code, action, target_type, target_id, before, after, ip, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        a?.userId ?? null,
        a?.orgId ?? null,
        entry.regionCode ?? a?.regionCode ?? null,
        entry.action,
        entry.targetType,
        entry.targetId ?? null,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
        a?.ip ?? null,
        a?.requestId ?? null,
      ],
    );
  }

  /** Platform admins read everything; bureau admins the rows of their region's subtree. */
  async list(principal: Principal, q: AuditQuery): Promise<Page<AuditRowView>> {
    if (!principal.permissions.has(Permission.AUDIT_READ)) {
      throw new AuditError(AuditErrorCode.AUDIT_FORBIDDEN, '没有查看审计日志的权限');
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!isPlatformAdmin(principal)) {
      if (q.regionCode !== undefined && !(await this.regions.isWithin(q.regionCode, principal.regionCode))) {
        throw new AuditError(AuditErrorCode.AUDIT_FORBIDDEN, '只能查看本辖区的审计日志', { regionCode: q.regionCode });
      }
      add('region_code = ANY(?)', await this.regions.subtreeCodes(principal.regionCode));
    }
    if (q.regionCode !== undefined) add('region_code = ANY(?)', await this.regions.subtreeCodes(q.regionCode));
    if (q.action !== undefined) add('action = ?', q.action);
    if (q.targetType !== undefined) add('target_type = ?', q.targetType);
    if (q.targetId !== undefined) add('target_id = ?', q.targetId);
    if (q.actorUserId !== undefined) add('actor_user_id = ?', q.actorUserId);
    if (q.actorOrgId !== undefined) add('actor_org_id = ?', q.actorOrgId);
    if (q.from !== undefined) add('occurred_at >= ?', q.from);
    if (q.to !== undefined) add('occurred_at < ?', q.to);
    if (q.from !== undefined && q.to !== undefined && Date.parse(q.from) > Date.parse(q.to)) {
      throw new AuditError(AuditErrorCode.AUDIT_BAD_PERIOD, '起始时间不能晚于结束时间');
    }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM audit_log ${cond}`, params);
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT id::text, occurred_at, actor_user_id, actor_org_id, region_code, action, target_type, target_id, before, after, ip, request_id
         FROM audit_log ${cond}
        ORDER BY occurred_at DESC, id DESC
        LIMIT ${Number(q.pageSize)} OFFSET ${pageOffset(q)}`,
      params,
    );
    return toPage(
      rows.map((r) => ({
        id: r.id as string,
        occurredAt: (r.occurred_at as Date).toISOString(),
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
      n,
      q,
    );
  }
}
