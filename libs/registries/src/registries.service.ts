import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { isValidCreditCode } from '../../identity/src/index.js';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { mapViolation } from '../../shared/database/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import {
  RegistryCertificateTakenError,
  RegistryEntryInvalidError,
  RegistryEntryNotFoundError,
  RegistryEntryWithdrawnError,
  RegistryOutOfRegionError,
} from './registries.errors.js';
import { defaultValidUntil, registryEntryProblems, type RegistryEntryInput } from './registry-entry.rules.js';
import { RegistryEntryRepository, type RegistryEntryRow } from './registry-entry.repository.js';
import { REGISTRY_KINDS, type RegistryKind } from './registry-kinds.js';

/** An entry read from an import file, already checked by registryEntryProblems and the bureau's subtree. */
export interface ImportedRegistryEntry {
  kind: RegistryKind;
  regionCode: string;
  name: string;
  creditCode: string | null;
  certificateNo: string | null;
  recognisedOn: string;
  /** null → the kind's default validity. */
  validUntil: string | null;
  host: string | null;
}

export interface RegistryEntryView extends ImportedRegistryEntry {
  id: string;
  /** As stored: the entry counts until this day; null, without an end. */
  validUntil: string | null;
  kindName: string;
  regionName: string;
  enteredAt: string;
  /** Entered in error: kept with the reason, no longer counted. */
  withdrawn: { at: string; reason: string } | null;
}

/**
 * The registries the plans count, kept by bureaus for their region subtree: each entry is a
 * dated fact (recognised, built, dispatched) that feeds the plan indicators through the
 * statistics lib's IndicatorSources port (registry-indicators.ts).
 */
@Injectable()
export class RegistriesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: RegistryEntryRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(principal: Principal, input: RegistryEntryInput, key: string | undefined): Promise<RegistryEntryView> {
    if (!this.regions.find(input.regionCode))
      throw new RegistryEntryInvalidError([{ field: 'regionCode', messages: ['行政区划代码不存在'] }]);
    if (!(await this.regions.isWithin(input.regionCode, principal.regionCode)))
      throw new RegistryOutOfRegionError(input.regionCode);
    const problems = registryEntryProblems(input, chinaToday(), isValidCreditCode);
    if (problems.length) throw new RegistryEntryInvalidError(problems);
    return this.idempotency.once({ scope: `registry.create:${principal.userId}`, key, request: input }, async (em) => {
      const row = await this.repo
        .insert(em, {
          kind: input.kind,
          region_code: input.regionCode,
          name: input.name.trim(),
          credit_code: input.creditCode ?? null,
          certificate_no: input.certificateNo?.trim() ?? null,
          recognised_on: input.recognisedOn,
          valid_until: input.validUntil ?? defaultValidUntil(input.kind, input.recognisedOn),
          host: input.host?.trim() ?? null,
          entered_by: principal.userId,
        })
        .catch((err: unknown) => {
          throw mapViolation(err, { unique: () => new RegistryCertificateTakenError(input.certificateNo ?? '') });
        });
      await this.audit.record(em, {
        actor: principal,
        action: 'registry.create',
        targetType: 'registry_entry',
        targetId: row.id,
        regionCode: row.region_code,
        after: { kind: row.kind, name: row.name, certificateNo: row.certificate_no, recognisedOn: row.recognised_on },
      });
      return this.view(row);
    });
  }

  /** Positions in `entries` of those already counting (kind + certificate number, else kind + region + name + date). */
  async alreadyCounting(em: EntityManager, entries: ImportedRegistryEntry[]): Promise<Set<number>> {
    if (entries.length === 0) return new Set();
    return new Set((await this.repo.counting(em, entries)).map((r) => r.ord));
  }

  /**
   * Inserts imported entries in the import batch's transaction (`em`): imports are serialised
   * and entries already counting are skipped, so a file imported twice creates nothing twice.
   * Answers the positions in `entries` that were inserted; one audit row tells the batch.
   */
  async insertImported(
    em: EntityManager,
    actor: { userId: string; orgId: string | null; regionCode: string | null },
    entries: ImportedRegistryEntry[],
  ): Promise<Set<number>> {
    if (entries.length === 0) return new Set();
    await this.repo.lockForImport(em);
    const taken = await this.alreadyCounting(em, entries);
    const fresh = entries.map((e, ord) => ({ e, ord })).filter(({ ord }) => !taken.has(ord));
    if (fresh.length === 0) return new Set();
    const inserted = await this.repo.insertMany(
      em,
      fresh.map(({ e }) => ({
        kind: e.kind,
        region_code: e.regionCode,
        name: e.name,
        credit_code: e.creditCode,
        certificate_no: e.certificateNo,
        recognised_on: e.recognisedOn,
        valid_until: e.validUntil ?? defaultValidUntil(e.kind, e.recognisedOn),
        host: e.host,
        entered_by: actor.userId,
      })),
    );
    const done = new Set(inserted.map((r) => fresh[r.ord]!.ord));
    if (done.size > 0)
      await this.audit.record(em, {
        actor: { userId: actor.userId, orgId: actor.orgId, regionCode: actor.regionCode },
        action: 'registry.import',
        targetType: 'registry_entry',
        regionCode: actor.regionCode,
        after: { count: done.size },
      });
    return done;
  }

  /** Withdraws an entry entered in error (the policy table has checked the caller's region). */
  async withdraw(principal: Principal, id: string, reason: string): Promise<RegistryEntryView> {
    const text = reason.trim();
    if (text.length < 2)
      throw new RegistryEntryInvalidError([{ field: 'reason', messages: ['请填写撤销原因（至少 2 个字）'] }]);
    return this.ds.transaction(async (em) => {
      const row = await this.repo.withdraw(em, id, principal.userId, text);
      if (!row) {
        if (await this.repo.find(em, id)) throw new RegistryEntryWithdrawnError(id);
        throw new RegistryEntryNotFoundError(id);
      }
      await this.audit.record(em, {
        actor: principal,
        action: 'registry.withdraw',
        targetType: 'registry_entry',
        targetId: row.id,
        regionCode: row.region_code,
        before: { kind: row.kind, name: row.name, certificateNo: row.certificate_no },
        after: { reason: text },
      });
      return this.view(row);
    });
  }

  async list(
    principal: Principal,
    q: PageRequest & { region?: string; kind?: RegistryKind },
  ): Promise<Page<RegistryEntryView>> {
    const root = q.region ?? (isPlatformAdmin(principal) ? null : principal.regionCode);
    const [rows, total] = await this.repo.list(this.ds.manager, { root, kind: q.kind }, pageOffset(q), q.pageSize);
    return toPage(
      rows.map((r) => this.view(r)),
      total,
      q,
    );
  }

  async newByMonth(
    kind: RegistryKind,
    regionCode: string,
    fromMonth: string,
    toMonth: string,
  ): Promise<Map<string, number>> {
    const rows = await this.repo.newByMonth(this.ds.manager, kind, regionCode, fromMonth, toMonth);
    return new Map(rows.map((r) => [r.month, r.n]));
  }

  /** The registries listing the enterprise of `creditCode` in force on `date` (e.g. eligibility for a voucher programme). */
  kindsInForce(creditCode: string, date: string): Promise<RegistryKind[]> {
    return this.repo.kindsInForceFor(this.ds.manager, creditCode, date);
  }

  inForce(kind: RegistryKind, regionCode: string, date: string): Promise<number> {
    return this.repo.inForce(this.ds.manager, kind, regionCode, date);
  }

  private view(r: RegistryEntryRow): RegistryEntryView {
    return {
      id: r.id,
      kind: r.kind,
      kindName: REGISTRY_KINDS[r.kind].name,
      regionCode: r.region_code,
      regionName: this.regions.find(r.region_code)?.name ?? r.region_code,
      name: r.name,
      creditCode: r.credit_code,
      certificateNo: r.certificate_no,
      recognisedOn: r.recognised_on,
      validUntil: r.valid_until,
      host: r.host,
      enteredAt: new Date(r.entered_at).toISOString(),
      withdrawn: r.withdrawn_at
        ? { at: new Date(r.withdrawn_at).toISOString(), reason: r.withdraw_reason ?? '' }
        : null,
    };
  }
}
