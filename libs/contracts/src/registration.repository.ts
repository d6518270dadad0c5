import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
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

  /** The exceptions the calendar holds for a year, in day order. */
  calendarYear(db: Queryable, year: number): Promise<{ day: string; is_workday: boolean; name: string }[]> {
    return db.query(
      `SELECT day::text AS day, is_workday, name FROM work_calendar
        WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1) ORDER BY day`,
      [year],
    );
  }

  /** The years the calendar holds any exception for, in order. */
  async calendarYears(db: Queryable): Promise<number[]> {
    const rows: { year: number }[] = await db.query(
      `SELECT DISTINCT extract(year FROM day)::int AS year FROM work_calendar ORDER BY year`,
    );
    return rows.map((r) => r.year);
  }

  /**
   * Replaces a year's exceptions with `days` (the caller's transaction). Two admins saving the
   * same year take turns (a lock per year, under the session's lock_timeout) rather than the second
   * failing on the first one's rows.
   */
  async replaceCalendarYear(
    em: EntityManager,
    year: number,
    days: readonly { day: string; isWorkday: boolean; name: string }[],
  ): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('work-calendar:' || $1))`, [year]);
    await em.query(`DELETE FROM work_calendar WHERE day >= make_date($1, 1, 1) AND day < make_date($1 + 1, 1, 1)`, [
      year,
    ]);
    if (days.length === 0) return;
    await em.query(
      `INSERT INTO work_calendar (day, is_workday, name)
       SELECT * FROM unnest($1::date[], $2::boolean[], $3::text[])`,
      [days.map((d) => d.day), days.map((d) => d.isWorkday), days.map((d) => d.name)],
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
