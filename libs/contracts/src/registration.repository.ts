import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';

/** The registries' own tables: registration number counters, time limits, the work calendar. */
@Injectable()
export class RegistrationRepository {
  /**
   * The next sequence number of a registry-year, or undefined once `max` is used up. The
   * counter row stays locked until commit: numbers are unique and gap-free per registry-year.
   */
  async nextSequence(db: Queryable, registry: string, year: number, max: number): Promise<number | undefined> {
    const rows = await returningRows<{ last_seq: number }>(
      db,
      `INSERT INTO registration_counter (region_code, year, last_seq) VALUES ($1, $2, 1)
       ON CONFLICT (region_code, year) DO UPDATE SET last_seq = registration_counter.last_seq + 1
       WHERE registration_counter.last_seq < ${Number(max)}
       RETURNING last_seq`,
      [registry, year],
    );
    return rows[0]?.last_seq;
  }

  /** The time limit set nearest above (or at) the region (reference's region_subtree), if any. */
  async nearestTimeLimit(
    db: Queryable,
    regionCode: string,
  ): Promise<{ working_days: number; region_code: string } | undefined> {
    const [row]: { working_days: number; region_code: string }[] = await db.query(
      `SELECT t.working_days, t.region_code FROM registration_time_limit t
         JOIN region_subtree s ON s.root_code = t.region_code
        WHERE s.region_code = $1 ORDER BY s.depth ASC LIMIT 1`,
      [regionCode],
    );
    return row;
  }

  async setTimeLimit(db: Queryable, regionCode: string, workingDays: number): Promise<void> {
    await db.query(
      `INSERT INTO registration_time_limit (region_code, working_days) VALUES ($1, $2)
       ON CONFLICT (region_code) DO UPDATE SET working_days = EXCLUDED.working_days, updated_at = now()`,
      [regionCode, workingDays],
    );
  }

  /** Days after `after` up to `until` (inclusive) that the calendar marks, with whether each is a working day. */
  calendar(db: Queryable, after: string, until: string): Promise<{ day: string; is_workday: boolean }[]> {
    return db.query(`SELECT day::text AS day, is_workday FROM work_calendar WHERE day > $1 AND day <= $2`, [
      after,
      until,
    ]);
  }
}
