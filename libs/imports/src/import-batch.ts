import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ImportsConfig } from '../../shared/config/index.js';
import type { ImportJobRow } from './import-job.row.js';
import type { ImportedRegistryEntry } from '../../registries/src/index.js';
import type { ImportKind, ImportPhase, ImportProblem } from './import.types.js';
import { ImportBatchRepository } from './import-batch.repository.js';
import { ImportWriter, type OwnedListing } from './import-writer.js';
import { ProblemCode } from './imports.errors.js';
import { ReferenceLoader } from './reference-loader.js';
import { headerOf, type ContractValue, type ListingValue, type RowResult } from './row-validation.js';

type ListingKind = Exclude<ImportKind, 'contracts' | 'registries'>;
const ORG_TYPES: Record<ListingKind, string[]> = {
  achievements: ['university', 'research_institute'],
  needs: ['enterprise'],
};
const LISTING_KIND = { achievements: 'achievement', needs: 'need' } as const;

/** The column a duplicate is reported in, and what it says when the database already has the row. */
const DUPLICATE: Record<ImportKind, { key: string; inDb: string }> = {
  achievements: { key: 'title', inDb: '该单位已有同名的成果或需求' },
  needs: { key: 'title', inDb: '该单位已有同名的成果或需求' },
  contracts: { key: 'registrationNo', inDb: '该登记编号的合同已在系统中' },
  registries: { key: 'certificateNo', inDb: '名录中已有该条目（同一类别的编号，或同一地区、名称和日期）' },
};

/**
 * One batch of an import pass: owners, duplicates within the file and against the database,
 * then the problems and counters (dry run) or the rows themselves (commit), each batch one
 * transaction together with the job's cursor, so a pass taken over after a crash resumes after
 * the last committed batch.
 */
@Injectable()
export class ImportBatch {
  private readonly logger = new Logger(ImportBatch.name);

  constructor(
    private readonly ds: DataSource,
    private readonly cfg: ImportsConfig,
    private readonly writer: ImportWriter,
    private readonly refs: ReferenceLoader,
    private readonly repo: ImportBatchRepository,
  ) {}

  /** Validates (dry run) or commits one batch of rows, in its own transaction. */
  async process(job: ImportJobRow, phase: ImportPhase, rows: RowResult[]): Promise<void> {
    if (phase === 'dry_run') {
      await this.ds.transaction(async (em) => {
        await this.check(em, job, rows, false);
        await this.record(em, job, phase, rows, 0);
      });
      return;
    }
    try {
      await this.ds.transaction((em) => this.commitRows(em, job, rows));
    } catch (err) {
      // One bad row must not sink its batch: retry the rows one by one and report the ones
      // the database refuses (a constraint the validators do not know about).
      this.logger.warn(
        { jobId: job.id, err: err instanceof Error ? err.message : String(err) },
        'import batch failed; retrying row by row',
      );
      for (const row of rows) {
        try {
          await this.ds.transaction((em) => this.commitRows(em, job, [row]));
        } catch (rowErr) {
          const failed: RowResult = {
            row: row.row,
            problems: [
              {
                row: row.row,
                column: '',
                code: ProblemCode.REJECTED_BY_DATABASE,
                message: `数据库拒绝写入：${rowErr instanceof Error ? rowErr.message : String(rowErr)}`,
              },
            ],
          };
          await this.ds.transaction((em) => this.record(em, job, phase, [failed], 0));
        }
      }
    }
  }

  private async commitRows(em: EntityManager, job: ImportJobRow, rows: RowResult[]): Promise<void> {
    let imported: number;
    if (job.kind === 'contracts') {
      // Duplicates within the file and in the database are found set-based on the staged batch.
      const valid = rows.filter((r) => r.value && r.problems.length === 0) as RowResult<ContractValue>[];
      const { inserted, lost, inDb } = await this.writer.contracts(em, job, valid);
      imported = inserted;
      const taken = new Set(inDb);
      for (const r of valid) {
        const first = lost.get(r.row);
        if (first !== undefined) this.dupInFile(job.kind, r, first);
        else if (taken.has(r.row)) this.dupInDb(job.kind, r);
      }
      await this.record(em, job, 'commit', rows, imported);
      return;
    }
    await this.check(em, job, rows, true);
    const valid = rows.filter((r) => r.value && r.problems.length === 0);
    if (job.kind === 'registries') {
      const { inserted, conflicts } = await this.writer.registries(
        em,
        job,
        valid as RowResult<ImportedRegistryEntry>[],
      );
      imported = inserted;
      const conflicted = new Set(conflicts);
      for (const r of valid) if (conflicted.has(r.row)) this.dupInDb(job.kind, r);
    } else {
      imported = await this.writer.listings(em, job, valid as RowResult<OwnedListing>[]);
    }
    await this.record(em, job, 'commit', rows, imported);
  }

  private dupInFile(kind: ImportKind, r: RowResult, first: number | undefined): void {
    r.problems.push({
      row: r.row,
      column: headerOf(kind, DUPLICATE[kind].key),
      code: ProblemCode.DUPLICATE_IN_FILE,
      message: `与第 ${first ?? '?'} 行重复`,
    });
    r.value = undefined;
  }

  private dupInDb(kind: ImportKind, r: RowResult): void {
    const { key, inDb } = DUPLICATE[kind];
    r.problems.push({
      row: r.row,
      column: headerOf(kind, key),
      code: ProblemCode.DUPLICATE_IN_DATABASE,
      message: inDb,
    });
    r.value = undefined;
  }

  /** Owners, duplicates within the file and against the database, for the rows still valid. */
  private async check(em: EntityManager, job: ImportJobRow, rows: RowResult[], forCommit: boolean): Promise<void> {
    if (job.kind === 'achievements' || job.kind === 'needs')
      await this.resolveOwners(em, job, rows as RowResult<ListingValue>[]);
    // Still valid: no problem (a contracts dry run has no values, see RowReaderOptions.keysOnly).
    const keyed = rows.filter((r) => r.problems.length === 0 && r.key);
    if (keyed.length === 0) return;
    // Within the file: the first row with a key wins; the table keeps memory flat for a million rows.
    const keys = keyed.map((r) => ({ key: r.key!, row_no: r.row }));
    const firsts = await this.repo.claimKeys(em, job.id, forCommit, keys);
    const won = new Set(firsts.map((f) => f.row_no));
    const lost = keyed.filter((r) => !won.has(r.row));
    if (lost.length > 0) {
      const owners = await this.repo.firstRows(
        em,
        job.id,
        forCommit,
        lost.map((r) => r.key!),
      );
      const firstRow = new Map(owners.map((o) => [o.key, o.row_no]));
      for (const r of lost) this.dupInFile(job.kind, r, firstRow.get(r.key!));
    }
    const remaining = keyed.filter((r) => r.problems.length === 0);
    if (remaining.length === 0) return;
    if (job.kind === 'contracts') {
      // Two jobs racing on one number: the unique index decides at insert (see ImportWriter).
      // A contract's key is its registration number.
      const taken = await this.repo.registeredNumbers(
        em,
        remaining.map((r) => r.key!),
      );
      for (const r of remaining) if (taken.has(r.key!)) this.dupInDb(job.kind, r);
    } else if (job.kind === 'registries') {
      // At commit the writer checks again under the registries' import lock (RegistriesService).
      const entries = remaining as RowResult<ImportedRegistryEntry>[];
      const counting = await this.writer.registriesCounting(
        em,
        entries.map((r) => r.value!),
      );
      entries.forEach((r, i) => counting.has(i) && this.dupInDb(job.kind, r));
    } else {
      const owned = (remaining as RowResult<OwnedListing>[]).map((r) => ({ r, ...r.value! }));
      // The look-up runs after the lock, and under READ COMMITTED (each statement a new snapshot)
      // it sees the rows another job committed while we waited.
      if (forCommit)
        await this.repo.lockOwners(
          em,
          job.kind,
          owned.map((o) => o.orgId),
        );
      const taken = await this.repo.takenTitles(em, LISTING_KIND[job.kind as ListingKind], owned);
      for (const o of owned) if (taken.has(`${o.orgId}|${o.title}`)) this.dupInDb(job.kind, o.r);
    }
  }

  private async resolveOwners(em: EntityManager, job: ImportJobRow, rows: RowResult<ListingValue>[]): Promise<void> {
    const pending = rows.filter((r) => r.value);
    if (pending.length === 0) return;
    const kind = job.kind as ListingKind;
    const byCode = await this.refs.organisations(
      pending.map((r) => r.value!.ownerCreditCode),
      em,
    );
    const scope = job.region_code ? await this.refs.scope(job.region_code) : null;
    const ccColumn = headerOf(kind, 'ownerCreditCode');
    for (const r of pending) {
      const v = r.value!;
      const org = byCode.get(v.ownerCreditCode);
      const fail = (column: string, code: string, message: string) => {
        r.problems.push({ row: r.row, column, code, message });
        r.value = undefined;
      };
      if (!org) fail(ccColumn, ProblemCode.ORG_NOT_FOUND, `信用代码 ${v.ownerCreditCode} 对应的单位未在平台注册`);
      else if (!ORG_TYPES[kind].includes(org.type))
        fail(
          ccColumn,
          ProblemCode.ORG_TYPE_MISMATCH,
          kind === 'achievements'
            ? `${org.name} 不是高校或科研院所，不能登记科技成果`
            : `${org.name} 不是企业，不能发布技术需求`,
        );
      else if (!org.verified) fail(ccColumn, ProblemCode.ORG_NOT_VERIFIED, `${org.name} 尚未通过审核`);
      else {
        const region = v.regionCode ?? org.regionCode;
        if (scope && !scope.has(region))
          fail(headerOf(kind, 'region'), ProblemCode.REGION_OUT_OF_SCOPE, `地区 ${region} 不在本局辖区内`);
        else Object.assign(v, { orgId: org.id, resolvedRegion: region });
      }
    }
  }

  /**
   * Problems and counters of a processed batch, in the caller's transaction. Every problem is
   * counted; only the first IMPORT_MAX_PROBLEMS_STORED of the pass are stored (a 1.6 MB CSV of
   * 838,860 bad rows wrote 9.2 M rows into import_problem). Counter and rows commit together,
   * so after a crash the count still says how many are stored.
   */
  private async record(
    em: EntityManager,
    job: ImportJobRow,
    phase: ImportPhase,
    rows: RowResult[],
    imported: number,
  ): Promise<void> {
    let problems: ImportProblem[] = rows.flatMap((r) => r.problems);
    if (problems.length > 0) {
      const before = await this.repo.countProblems(em, job.id, phase, problems.length);
      problems = problems.slice(0, Math.max(0, this.cfg.maxProblemsStored - before));
    }
    if (problems.length > 0) await this.repo.storeProblems(em, job.id, phase, problems);
    const bad = rows.filter((r) => r.problems.length > 0).length;
    await this.repo.advance(em, job.id, phase, {
      rows: rows.length,
      good: phase === 'dry_run' ? rows.length - bad : imported,
      bad,
      lastRow: Math.max(...rows.map((r) => r.row)),
    });
  }
}
