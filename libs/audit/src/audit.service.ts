import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { RegionService } from '../../reference/src/index.js';
import { AuditError, AuditErrorCode } from './audit.errors.js';
import { auditWorkbook } from './audit-export.js';
import { AuditRepository, type AuditFilter } from './audit.repository.js';
import { rowView, type AuditRowView } from './audit.views.js';

export type { AuditRowView } from './audit.views.js';

/** Rows one export may hold: a month of a busy region fits; more is a sign to narrow the dates. */
export const AUDIT_EXPORT_MAX_ROWS = 20_000;

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

/** A read of the log: the filter's conditions, the region a subtree (its own, by default) instead of the subtrees. */
export interface AuditQuery extends PageRequest, Omit<AuditFilter, 'regionIn'> {
  regionCode?: string;
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
    private readonly log: AuditRepository,
  ) {}

  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    const a = entry.actor;
    await this.log.insert(em, {
      actorUserId: a?.userId ?? null,
      actorOrgId: a?.orgId ?? null,
      regionCode: entry.regionCode ?? a?.regionCode ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      ip: a?.ip ?? null,
      requestId: a?.requestId ?? null,
    });
  }

  /** Platform admins read everything; bureau admins the rows of their region's subtree. */
  async list(principal: Principal, q: AuditQuery): Promise<Page<AuditRowView>> {
    const filter = await this.filterFor(principal, q);
    const { total, rows } = await this.log.page(this.ds.manager, filter, q.pageSize, pageOffset(q));
    return toPage(rows.map(rowView), total, q);
  }

  /**
   * The rows of a filter as an XLSX workbook, newest first: at most AUDIT_EXPORT_MAX_ROWS (a
   * larger selection is refused with the limit, to be narrowed by date).
   */
  async export(principal: Principal, q: Omit<AuditQuery, 'page' | 'pageSize'>): Promise<Buffer> {
    const filter = await this.filterFor(principal, q);
    const { rows, more } = await this.log.upTo(this.ds.manager, filter, AUDIT_EXPORT_MAX_ROWS);
    if (more) {
      throw new AuditError(
        AuditErrorCode.AUDIT_EXPORT_TOO_LARGE,
        `符合条件的记录超过 ${AUDIT_EXPORT_MAX_ROWS} 条，请缩小时间范围后再导出`,
        { limit: AUDIT_EXPORT_MAX_ROWS },
      );
    }
    return auditWorkbook(rows.map(rowView), (code) => this.regions.find(code)?.name ?? code);
  }

  private async filterFor(principal: Principal, q: Omit<AuditQuery, 'page' | 'pageSize'>): Promise<AuditFilter> {
    if (!principal.permissions.has(Permission.AUDIT_READ)) {
      throw new AuditError(AuditErrorCode.AUDIT_FORBIDDEN, '没有查看审计日志的权限');
    }
    const regionIn: string[][] = [];
    if (!isPlatformAdmin(principal)) {
      if (q.regionCode !== undefined && !(await this.regions.isWithin(q.regionCode, principal.regionCode))) {
        throw new AuditError(AuditErrorCode.AUDIT_FORBIDDEN, '只能查看本辖区的审计日志', { regionCode: q.regionCode });
      }
      regionIn.push(await this.regions.subtreeCodes(principal.regionCode));
    }
    if (q.regionCode !== undefined) regionIn.push(await this.regions.subtreeCodes(q.regionCode));
    if (q.from !== undefined && q.to !== undefined && Date.parse(q.from) > Date.parse(q.to)) {
      throw new AuditError(AuditErrorCode.AUDIT_BAD_PERIOD, '起始时间不能晚于结束时间');
    }
    return {
      regionIn,
      action: q.action,
      targetType: q.targetType,
      targetId: q.targetId,
      actorUserId: q.actorUserId,
      actorOrgId: q.actorOrgId,
      actor: q.actor,
      from: q.from,
      to: q.to,
    };
  }
}
