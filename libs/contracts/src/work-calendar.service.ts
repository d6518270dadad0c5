import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { chinaDayText } from '../../shared/labels/index.js';
import { WorkCalendarValidationError } from './contracts.errors.js';
import { RegistrationRepository } from './registration.repository.js';
import { addDays, addWorkingDays, calendarProblems, type CalendarDay, type WorkCalendar } from './working-days.js';

/** A year of the work calendar as the platform keeps it. */
export interface WorkCalendarYearView {
  year: number;
  days: CalendarDay[];
  /** The years the calendar holds (a year not among them counts Monday–Friday only). */
  loadedYears: number[];
  /** December, and next year holds nothing yet although the State Council usually announces it by then. */
  nextYearMissing: boolean;
}

/**
 * The registries' work calendar (holidays and 调休): working days for other libs that count
 * periods in them (a 挂牌 listing period) without reading the table, and the platform admin's
 * yearly entry of the State Council's holiday notice (国务院办公厅关于某年部分节假日安排的通知).
 */
@Injectable()
export class WorkCalendarService {
  constructor(
    private readonly ds: DataSource,
    private readonly registry: RegistrationRepository,
    private readonly audit: AuditService,
  ) {}

  /** The `n`th working day after `start` (YYYY-MM-DD, China date). */
  async addWorkingDays(em: EntityManager, start: string, n: number): Promise<string> {
    // Long enough for any run of holidays: n working days never span more than 2n + 30 calendar days.
    const rows = await this.registry.calendar(em, start, addDays(start, n * 2 + 30));
    const calendar: WorkCalendar = new Map(rows.map((r) => [r.day, r.is_workday]));
    return addWorkingDays(start, n, calendar);
  }

  async year(year: number, em: EntityManager = this.ds.manager): Promise<WorkCalendarYearView> {
    const today = chinaDayText(Date.now());
    const nextYear = Number(today.slice(0, 4)) + 1;
    // one after the other: `em` may be a transaction's single connection
    const rows = await this.registry.calendarYear(em, year);
    const loadedYears = await this.registry.calendarYears(em);
    return {
      year,
      days: rows.map((r) => ({ day: r.day, isWorkday: r.is_workday, name: r.name })),
      loadedYears,
      nextYearMissing: today.slice(5, 7) === '12' && !loadedYears.includes(nextYear),
    };
  }

  /** Replaces a year's holidays and make-up working days (platform admin), audited with what was there before. */
  async replaceYear(principal: Principal, year: number, days: CalendarDay[]): Promise<WorkCalendarYearView> {
    const problems = calendarProblems(year, days);
    if (problems.length) throw new WorkCalendarValidationError(problems);
    const sorted = [...days].sort((a, b) => (a.day < b.day ? -1 : 1));
    return this.ds.transaction(async (em) => {
      const before = await this.registry.calendarYear(em, year);
      await this.registry.replaceCalendarYear(em, year, sorted);
      await this.audit.record(em, {
        actor: principal,
        action: 'work-calendar.replace',
        targetType: 'work_calendar',
        targetId: String(year),
        before: { days: before.length },
        after: { days: sorted.length, offDays: sorted.filter((d) => !d.isWorkday).length },
      });
      return this.year(year, em);
    });
  }
}
