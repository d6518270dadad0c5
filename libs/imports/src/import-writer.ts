import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListingPublication } from '../../listings/src/index.js';
import { RegistriesService, type ImportedRegistryEntry } from '../../registries/src/index.js';
import { StatisticsLedger } from '../../statistics/src/index.js';
import type { ImportJobRow } from './import-job.row.js';
import { ImportedContractRepository } from './imported-contract.repository.js';
import type { ContractValue, ListingValue, RowResult } from './row-validation.js';

/** A listing row whose owner has been resolved. */
export interface OwnedListing extends ListingValue {
  orgId: string;
  resolvedRegion: string;
}

/**
 * Writes valid rows inside the batch transaction. Imported listings are created PUBLISHED:
 * the bureau vouches for its own register (the owner organisations are verified ones), through
 * ListingPublication, so each gets exactly what a publication gets (search index, match
 * alerts, exchange feed).
 * Registry entries go through RegistriesService (the entries the plan targets count).
 * Historical contracts go to imported_contract (natural key: registration number) and into
 * the statistics ledger as `certified` entries with source `import`, in the same transaction,
 * staged with COPY and written set-based (ImportedContractRepository).
 */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly publication: ListingPublication,
    private readonly ledger: StatisticsLedger,
    private readonly contractRows: ImportedContractRepository,
    private readonly registryEntries: RegistriesService,
  ) {}

  /** Positions in `entries` of those the registries already count (for the dry run's duplicates). */
  registriesCounting(em: EntityManager, entries: ImportedRegistryEntry[]): Promise<Set<number>> {
    return this.registryEntries.alreadyCounting(em, entries);
  }

  /**
   * Registry entries through the registries lib (its batch insert in this transaction), so they
   * count toward the plan targets at once; returns the rows another import or the form took first.
   */
  async registries(
    em: EntityManager,
    job: ImportJobRow,
    rows: RowResult<ImportedRegistryEntry>[],
  ): Promise<{ inserted: number; conflicts: number[] }> {
    if (rows.length === 0) return { inserted: 0, conflicts: [] };
    const done = await this.registryEntries.insertImported(
      em,
      { userId: job.created_by, orgId: job.org_id, regionCode: job.region_code },
      rows.map((r) => r.value!),
    );
    return { inserted: done.size, conflicts: rows.filter((_, i) => !done.has(i)).map((r) => r.row) };
  }

  async listings(em: EntityManager, job: ImportJobRow, rows: RowResult<OwnedListing>[]): Promise<number> {
    if (rows.length === 0) return 0;
    const own = ({ value: v }: RowResult<OwnedListing>) => ({
      orgId: v!.orgId,
      createdBy: job.created_by,
      title: v!.title,
      description: v!.description,
      keywords: v!.keywords,
      techFieldCode: v!.techFieldCode,
      regionCode: v!.resolvedRegion,
      contactName: v!.contactName,
      contactPhone: v!.contactPhone,
    });
    const ids =
      rows[0]!.value!.kind === 'achievement'
        ? await this.publication.insertPublished(
            em,
            'achievement',
            job.created_by,
            rows.map((r) => ({ ...own(r), ...r.value!.achievement! })),
          )
        : await this.publication.insertPublished(
            em,
            'need',
            job.created_by,
            rows.map((r) => ({ ...own(r), ...r.value!.need! })),
          );
    return ids.length;
  }

  /**
   * Inserts a commit batch's valid contracts with their ledger entries and rollups, set-based
   * (ImportedContractRepository): answers how many went in and which rows are duplicates —
   * `lost` to an earlier row of the file (row → that row), `inDb` already contracts, including
   * the numbers a concurrent import took first.
   */
  async contracts(
    em: EntityManager,
    job: ImportJobRow,
    rows: RowResult<ContractValue>[],
  ): Promise<{ inserted: number; lost: Map<number, number>; inDb: number[] }> {
    if (rows.length === 0) return { inserted: 0, lost: new Map(), inDb: [] };
    await this.contractRows.stage(
      em,
      rows.map(({ row, value: v }) => [
        row,
        v!.registrationNo,
        v!.title,
        v!.typeCode,
        v!.subtypeCode,
        v!.techFieldCode,
        v!.sellerName,
        v!.sellerCreditCode,
        v!.sellerRegionCode,
        v!.buyerName,
        v!.buyerCreditCode,
        v!.buyerRegionCode,
        v!.registryRegionCode,
        v!.contractFen,
        v!.techFen,
        v!.signedOn,
        v!.certifiedOn,
      ]),
    );
    const { lost, inDb } = await this.contractRows.sortOut(em, job.id);
    const staged = rows.length - lost.size - inDb.length;
    const inserted = await this.ledger.appendCertifiedFrom(em, this.contractRows.insertSource(job.id), 'import');
    // Only when a concurrent import took some of the numbers since sortOut (rare): which ones.
    if (inserted < staged) inDb.push(...(await this.contractRows.conflicts(em, job.id)));
    return { inserted, lost, inDb };
  }
}
