import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { copyArray } from '../../shared/database/index.js';
import { ListingPublication } from '../../listings/src/index.js';
import { RegistriesService, type ImportedRegistryEntry } from '../../registries/src/index.js';
import { StatisticsLedger } from '../../statistics/src/index.js';
import type { ImportJobRow } from './import-job.row.js';
import { ImportedContractRepository } from './imported-contract.repository.js';
import { ImportedListingRepository } from './imported-listing.repository.js';
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
 * alerts, exchange feed); staged with COPY and inserted with their events in one statement.
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
    private readonly listingRows: ImportedListingRepository,
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

  /**
   * Inserts a commit batch's checked listings published, with their `listing.changed`: staged
   * with COPY, then one statement of the listings lib (ListingPublication.publishFrom).
   */
  async listings(em: EntityManager, job: ImportJobRow, rows: RowResult<OwnedListing>[]): Promise<number> {
    if (rows.length === 0) return 0;
    const kind = rows[0]!.value!.kind;
    await this.listingRows.stage(
      em,
      rows.map(({ row, value: v }) => {
        const a = v!.achievement;
        const n = v!.need;
        return [
          row,
          v!.orgId,
          v!.title,
          v!.description,
          copyArray(v!.keywords),
          v!.techFieldCode,
          v!.resolvedRegion,
          v!.contactName,
          v!.contactPhone,
          a ? a.registryNumber : null,
          a ? a.achievementType : null,
          a ? a.trl : null,
          a ? copyArray(a.transferModes) : null,
          a ? a.priceFen : null,
          a ? (a.negotiable ? 't' : 'f') : null,
          n ? n.industry : null,
          n ? n.budgetMinFen : null,
          n ? n.budgetMaxFen : null,
          n ? n.deadline : null,
          n ? copyArray(n.cooperationModes) : null,
        ];
      }),
    );
    return this.publication.publishFrom(em, kind, job.created_by, this.listingRows.source(kind, job.created_by));
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
