import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { chinaToday, RegionService, TargetService, type PolicyTarget } from '../../reference/src/index.js';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { mapViolation } from '../../shared/database/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { indicatorDef, type IndicatorUnit } from './indicator-catalogue.js';
import { stepsText, toSteps } from './indicator-values.js';
import { reportedFigureProblems, type ReportedFigureInput } from './reported-figure.rules.js';
import { ReportedFigureRepository, type ReportedFigureRow, type ReportedStatus } from './reported-figure.repository.js';
import {
  ReportedFigureInvalidError,
  ReportedFigureNotFoundError,
  ReportedFigureNotPendingError,
  ReportedFigureOutOfRegionError,
  ReportedFigureSelfApprovalError,
  ReportedFigureVersionConflictError,
} from './statistics.errors.js';

export interface ReportedFigureView {
  id: string;
  regionCode: string;
  indicatorCode: string;
  indicatorName: string;
  year: number;
  version: number;
  /** In the unit: yuan with two decimals, a whole count, a percentage. */
  value: string;
  unit: IndicatorUnit;
  sourceDocument: string;
  sourceDepartment: string;
  reason: string | null;
  attachmentName: string | null;
  status: ReportedStatus;
  enteredBy: string;
  enteredAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Entered by the caller (who may not approve it). */
  mine: boolean;
}

export interface ApprovedFigure {
  steps: bigint;
  version: number;
  document: string;
  department: string;
}

export interface ReportedListQuery extends PageRequest {
  region?: string;
  indicator?: string;
  year?: number;
  status?: ReportedStatus;
}

/**
 * Figures bureau staff report for the plan indicators the market cannot measure: an entry is
 * a new version of (region, indicator, year), never an overwrite; it counts once another
 * bureau user of the region's subtree approves it. Who may enter and approve is the policy
 * table's ('reported.*'); the service keeps the rules that need the records (versions, the
 * enterer, the indicator's unit).
 */
@Injectable()
export class ReportedFiguresService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ReportedFigureRepository,
    private readonly targets: TargetService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Records a new version (pending); a pending version it replaces is superseded. With an
   * Idempotency-Key a retry gets the first answer instead of a second version.
   */
  async enter(principal: Principal, input: ReportedFigureInput, key: string | undefined): Promise<ReportedFigureView> {
    if (!this.regions.find(input.regionCode))
      throw new ReportedFigureInvalidError([{ field: 'regionCode', messages: ['行政区划代码不存在'] }]);
    if (!(await this.regions.isWithin(input.regionCode, principal.regionCode)))
      throw new ReportedFigureOutOfRegionError(input.regionCode);
    // Read before the transaction: it holds its one connection.
    const target = await this.targetOf(input.regionCode, input.indicatorCode);
    return this.idempotency.once({ scope: `reported.create:${principal.userId}`, key, request: input }, (em) =>
      this.write(em, principal, input, target),
    );
  }

  private async write(
    em: EntityManager,
    principal: Principal,
    input: ReportedFigureInput,
    target: PolicyTarget | undefined,
  ): Promise<ReportedFigureView> {
    const versions = await this.repo.versions(em, input.regionCode, input.indicatorCode, input.year, true);
    const approved = versions.find((v) => v.status === 'approved');
    const problems = reportedFigureProblems(input, {
      def: target ? indicatorDef(input.indicatorCode, target.unit) : undefined,
      currentYear: Number(chinaToday().slice(0, 4)),
      hasApproved: approved !== undefined,
    });
    if (problems.length > 0) throw new ReportedFigureInvalidError(problems);
    const row = await this.repo
      .insert(em, {
        region_code: input.regionCode,
        indicator_code: input.indicatorCode,
        year: input.year,
        version: (versions[0]?.version ?? 0) + 1,
        value: input.value.trim(),
        unit: input.unit,
        source_document: input.sourceDocument,
        source_department: input.sourceDepartment,
        reason: input.reason?.trim() || null,
        attachment_name: input.attachment?.fileName ?? null,
        attachment: input.attachment ? Buffer.from(input.attachment.contentBase64, 'base64') : null,
        entered_by: principal.userId,
      })
      .catch((err: unknown) => {
        throw mapViolation(err, { unique: () => new ReportedFigureVersionConflictError() });
      });
    await this.repo.supersede(em, row, 'pending', row.id);
    await this.audit.record(em, {
      actor: principal,
      action: versions.length ? 'reported-figure.revise' : 'reported-figure.enter',
      targetType: 'reported_figure',
      targetId: row.id,
      regionCode: row.region_code,
      before: approved ? { version: approved.version, value: approved.value } : null,
      after: {
        indicator: row.indicator_code,
        year: row.year,
        version: row.version,
        value: row.value,
        reason: row.reason,
      },
    });
    return this.view(row, principal, target?.indicatorName);
  }

  /** A second bureau user approves a pending version; the approved version before it is superseded. */
  async approve(principal: Principal, id: string): Promise<ReportedFigureView> {
    const view = await this.ds.transaction(async (em) => {
      const row = await this.repo.find(em, id);
      if (!row) throw new ReportedFigureNotFoundError(id);
      if (row.entered_by === principal.userId) throw new ReportedFigureSelfApprovalError();
      // In turn with entries of the same figure: a newer entry may supersede this one meanwhile.
      await this.repo.versions(em, row.region_code, row.indicator_code, row.year, true);
      await this.repo.supersede(em, row, 'approved', row.id);
      const approved = await this.repo.approve(em, id, principal.userId);
      if (!approved) throw new ReportedFigureNotPendingError((await this.repo.find(em, id))?.status ?? 'unknown');
      await this.audit.record(em, {
        actor: principal,
        action: 'reported-figure.approve',
        targetType: 'reported_figure',
        targetId: id,
        regionCode: row.region_code,
        after: { indicator: row.indicator_code, year: row.year, version: row.version, value: row.value },
      });
      return this.view(approved, principal);
    });
    const target = await this.targetOf(view.regionCode, view.indicatorCode);
    return { ...view, indicatorName: target?.indicatorName ?? view.indicatorName };
  }

  /** Entries of the caller's subtree (or `region`'s, within it), newest first: the approval list and a figure's history. */
  async list(principal: Principal, q: ReportedListQuery): Promise<Page<ReportedFigureView>> {
    const root = q.region ?? (isPlatformAdmin(principal) ? null : principal.regionCode);
    const [rows, total] = await this.repo.list(
      this.ds.manager,
      { root, indicatorCode: q.indicator, year: q.year, status: q.status },
      pageOffset(q),
      q.pageSize,
    );
    const names = new Map<string, string>();
    for (const code of new Set(rows.map((r) => r.region_code))) {
      for (const t of (await this.targets.list(code, false, { page: 1, pageSize: 100 })).items)
        names.set(`${code}:${t.indicatorCode}`, t.indicatorName);
    }
    return toPage(
      rows.map((r) => this.view(r, principal, names.get(`${r.region_code}:${r.indicator_code}`))),
      total,
      q,
    );
  }

  async attachment(id: string): Promise<{ name: string; bytes: Buffer }> {
    const file = await this.repo.attachment(this.ds.manager, id);
    if (!file) throw new ReportedFigureNotFoundError(id);
    return file;
  }

  /** Approved values of a region's indicator by year, in steps of its unit, with their sources (target progress). */
  async approvedByYear(
    regionCode: string,
    indicatorCode: string,
    unit: IndicatorUnit,
  ): Promise<Map<number, ApprovedFigure>> {
    const rows = await this.repo.approvedByYear(this.ds.manager, regionCode, indicatorCode);
    return new Map(
      rows.map((r) => [
        r.year,
        {
          steps: toSteps(unit, r.value),
          version: r.version,
          document: r.source_document,
          department: r.source_department,
        },
      ]),
    );
  }

  private async targetOf(regionCode: string, indicatorCode: string): Promise<PolicyTarget | undefined> {
    const page = await this.targets.list(regionCode, false, { page: 1, pageSize: 100 });
    return page.items.find((t) => t.indicatorCode === indicatorCode);
  }

  private view(r: ReportedFigureRow, principal: Principal, indicatorName?: string): ReportedFigureView {
    return {
      id: r.id,
      regionCode: r.region_code,
      indicatorCode: r.indicator_code,
      indicatorName: indicatorName ?? r.indicator_code,
      year: r.year,
      version: r.version,
      value: stepsText(r.unit, toSteps(r.unit, r.value)),
      unit: r.unit,
      sourceDocument: r.source_document,
      sourceDepartment: r.source_department,
      reason: r.reason,
      attachmentName: r.attachment_name,
      status: r.status,
      enteredBy: r.entered_by,
      enteredAt: new Date(r.entered_at).toISOString(),
      approvedBy: r.approved_by,
      approvedAt: r.approved_at ? new Date(r.approved_at).toISOString() : null,
      mine: r.entered_by === principal.userId,
    };
  }
}
