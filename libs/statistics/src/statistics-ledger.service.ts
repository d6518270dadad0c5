import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mapViolation } from '../../shared/database/index.js';
import { validateLedgerEntries, type CertifiedSource, type LedgerEntry, type LedgerSource } from './ledger-entry.js';
import { LedgerRepository } from './ledger.repository.js';
import { LedgerDuplicateCertificationError, LedgerReferenceUnknownError } from './statistics.errors.js';

/** The statistics ledger other libs append to (certifications, amendments, cancellations, imports); see LedgerRepository for the rollups. */
@Injectable()
export class StatisticsLedger {
  /** The repository is stateless: the demo loader builds the ledger without Nest (`new StatisticsLedger()`). */
  constructor(private readonly ledger: LedgerRepository = new LedgerRepository()) {}

  /** Appends entries and updates the rollups in the caller's transaction (see LedgerEntry). */
  async append(em: EntityManager, entries: readonly LedgerEntry[]): Promise<void> {
    if (entries.length === 0) return;
    validateLedgerEntries(entries);
    try {
      await this.ledger.append(em, entries);
    } catch (err) {
      throw mapViolation(err, {
        'foreign-key': (v) => new LedgerReferenceUnknownError(v.detail),
        unique: (v) => new LedgerDuplicateCertificationError(v.detail),
      });
    }
  }

  /**
   * Appends a `certified` entry for every row `from` yields and updates the rollups, in one
   * statement in the caller's transaction (bulk import: no row passes through JavaScript; see
   * CertifiedSource for the columns and where the rules are enforced). Answers how many.
   */
  async appendCertifiedFrom(em: EntityManager, from: CertifiedSource, source: LedgerSource): Promise<number> {
    try {
      return await this.ledger.appendCertifiedFrom(em, from, source);
    } catch (err) {
      throw mapViolation(err, {
        'foreign-key': (v) => new LedgerReferenceUnknownError(v.detail),
        unique: (v) => (v.table === 'stats_ledger' ? new LedgerDuplicateCertificationError(v.detail) : undefined),
      });
    }
  }
}
