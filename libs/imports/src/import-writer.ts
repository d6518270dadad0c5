import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ListingPublication } from '../../listings/src/index.js';
import { RegistriesService, type ImportedRegistryEntry } from '../../registries/src/index.js';
import { StatisticsLedger, type LedgerEntry } from '../../statistics/src/index.js';
import type { ImportJobRow } from './import-job.row.js';
import { ImportJobRepository } from './import-job.repository.js';
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
 * the statistics ledger as `certified` entries with source `import`, in the same transaction.
 */
@Injectable()
export class ImportWriter {
  constructor(
    private readonly publication: ListingPublication,
    private readonly ledger: StatisticsLedger,
    private readonly jobs: ImportJobRepository,
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

  /** Inserts contracts; returns the row numbers that a concurrent import had already taken. */
  async contracts(
    em: EntityManager,
    job: ImportJobRow,
    rows: RowResult<ContractValue>[],
  ): Promise<{ inserted: number; conflicts: number[] }> {
    if (rows.length === 0) return { inserted: 0, conflicts: [] };
    const col = <K extends keyof ContractValue>(k: K) => rows.map((r) => r.value![k]);
    const inserted = await this.jobs.insertContracts(em, job.id, [
      col('registrationNo'),
      rows.map((r) => r.row),
      col('title'),
      col('typeCode'),
      col('subtypeCode'),
      col('techFieldCode'),
      col('sellerName'),
      col('sellerCreditCode'),
      col('sellerRegionCode'),
      col('buyerName'),
      col('buyerCreditCode'),
      col('buyerRegionCode'),
      col('registryRegionCode'),
      col('contractFen'),
      col('techFen'),
      col('signedOn'),
      col('certifiedOn'),
    ]);
    const idByRow = new Map(inserted.map((r) => [r.row_no, r.id]));
    const entries: LedgerEntry[] = [];
    for (const r of rows) {
      const id = idByRow.get(r.row);
      if (!id) continue;
      const v = r.value!;
      entries.push({
        contractId: id,
        registrationNo: v.registrationNo,
        entryKind: 'certified',
        source: 'import',
        effectiveDate: v.certifiedOn,
        sellerRegionCode: v.sellerRegionCode,
        buyerRegionCode: v.buyerRegionCode,
        registryRegionCode: v.registryRegionCode,
        contractTypeCode: v.typeCode,
        contractSubtypeCode: v.subtypeCode,
        techFieldCode: v.techFieldCode,
        countDelta: 1,
        contractAmountFen: v.contractFen,
        techAmountFen: v.techFen,
        contractName: v.title,
        sellerName: v.sellerName,
        buyerName: v.buyerName,
      });
    }
    await this.ledger.append(em, entries);
    return { inserted: entries.length, conflicts: rows.filter((r) => !idByRow.has(r.row)).map((r) => r.row) };
  }
}
