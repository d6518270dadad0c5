import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RegistrationRepository } from './registration.repository.js';
import { addDays, addWorkingDays, type WorkCalendar } from './working-days.js';

/**
 * Working days on the registries' work calendar (holidays and 调休 included), for other libs
 * that count periods in working days (a 挂牌 listing period) without reading the calendar table.
 */
@Injectable()
export class WorkCalendarService {
  constructor(private readonly registry: RegistrationRepository) {}

  /** The `n`th working day after `start` (YYYY-MM-DD, China date). */
  async addWorkingDays(em: EntityManager, start: string, n: number): Promise<string> {
    // Long enough for any run of holidays: n working days never span more than 2n + 30 calendar days.
    const rows = await this.registry.calendar(em, start, addDays(start, n * 2 + 30));
    const calendar: WorkCalendar = new Map(rows.map((r) => [r.day, r.is_workday]));
    return addWorkingDays(start, n, calendar);
  }
}
