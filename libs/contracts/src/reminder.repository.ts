import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { ContractStatus } from './contract-status.js';

export type ReminderKind = 'registration_due' | 'registration_overdue' | 'publication_ended';

/** Time-based notices already given (contract_reminder), and what is due for one. */
@Injectable()
export class ReminderRepository {
  /** Submitted contracts whose deadline falls in [from, until] and were not reminded of it. */
  async deadlinesBetween(db: Queryable, from: string, until: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT c.id FROM tech_contract c
        WHERE c.status = 'submitted' AND c.deadline_on BETWEEN $1::date AND $2::date
          AND NOT EXISTS (SELECT 1 FROM contract_reminder r WHERE r.subject_id = c.id AND r.kind = 'registration_due')
        ORDER BY c.deadline_on, c.id LIMIT $3`,
      [from, until, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Submitted contracts past their deadline (before `today`) and not reminded of it. */
  async overdue(db: Queryable, today: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT c.id FROM tech_contract c
        WHERE c.status = 'submitted' AND c.deadline_on < $1::date
          AND NOT EXISTS (SELECT 1 FROM contract_reminder r WHERE r.subject_id = c.id AND r.kind = 'registration_overdue')
        ORDER BY c.deadline_on, c.id LIMIT $2`,
      [today, limit],
    );
    return rows.map((r) => r.id);
  }

  /** Price publications whose period is over by `today` (end_on is exclusive) and not announced so. */
  async publicationsEnded(
    db: Queryable,
    today: string,
    limit: number,
  ): Promise<{ id: string; contract_id: string; status: ContractStatus }[]> {
    return db.query(
      `SELECT p.id, p.contract_id, c.status FROM price_publication p JOIN tech_contract c ON c.id = p.contract_id
        WHERE p.end_on <= $1::date
          AND NOT EXISTS (SELECT 1 FROM contract_reminder r WHERE r.subject_id = p.id AND r.kind = 'publication_ended')
        ORDER BY p.end_on, p.id LIMIT $2`,
      [today, limit],
    );
  }

  /** Records the reminder; false when it was given already (another worker was first). */
  async record(db: Queryable, subjectId: string, kind: ReminderKind): Promise<boolean> {
    const rows = await returningRows(
      db,
      `INSERT INTO contract_reminder (subject_id, kind) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING subject_id`,
      [subjectId, kind],
    );
    return rows.length > 0;
  }
}
