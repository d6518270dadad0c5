import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mapViolation } from '../../shared/database/index.js';
import { validateLedgerEntries, type LedgerEntry } from './ledger-entry.js';
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
}
