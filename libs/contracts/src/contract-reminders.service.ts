import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventBus } from '../../shared/jobs/index.js';
import { Clock } from './clock.js';
import {
  CONTRACT_REGISTRATION_DUE,
  CONTRACT_REGISTRATION_OVERDUE,
  contractEvent,
  PRICE_PUBLICATION_ENDED,
} from './contract.events.js';
import { ReminderRepository, type ReminderKind } from './reminder.repository.js';
import { RegistrationRepository } from './registration.repository.js';
import type { ContractStatus } from './contract-status.js';
import { addDays, addWorkingDays, type WorkCalendar } from './working-days.js';

/** Reminders per kind and run; the rest wait for the next run. */
const BATCH = 500;
/** A registration deadline this many working days away (or nearer) is announced to the registry. */
export const DEADLINE_WARNING_WORKING_DAYS = 3;

/**
 * The time-based facts of contracts, published as events once each (a contract_reminder row in
 * the same transaction): a registration deadline within 3 working days (the registries' work
 * calendar), a deadline passed, a price publication's period over. Run by a schedule of the
 * worker; safe to run twice at once (the reminder's primary key).
 */
@Injectable()
export class ContractReminders {
  constructor(
    private readonly ds: DataSource,
    private readonly events: EventBus,
    private readonly reminders: ReminderRepository,
    private readonly registry: RegistrationRepository,
    private readonly clock: Clock,
  ) {}

  /** Publishes what is due today; answers how many events. */
  async run(): Promise<number> {
    const today = this.clock.today();
    const horizon = await this.workingDaysFrom(today, DEADLINE_WARNING_WORKING_DAYS);
    let published = 0;
    for (const id of await this.reminders.deadlinesBetween(this.ds.manager, today, horizon, BATCH))
      published += await this.once(id, 'registration_due', CONTRACT_REGISTRATION_DUE, { contractId: id });
    for (const id of await this.reminders.overdue(this.ds.manager, today, BATCH))
      published += await this.once(id, 'registration_overdue', CONTRACT_REGISTRATION_OVERDUE, { contractId: id });
    for (const p of await this.reminders.publicationsEnded(this.ds.manager, today, BATCH))
      published += await this.once(p.id, 'publication_ended', PRICE_PUBLICATION_ENDED, {
        contractId: p.contract_id,
        status: p.status,
        publicationId: p.id,
      });
    return published;
  }

  private once(
    subject: string,
    kind: ReminderKind,
    topic: string,
    e: { contractId: string; status?: ContractStatus; publicationId?: string },
  ): Promise<number> {
    return this.ds.transaction(async (em) => {
      if (!(await this.reminders.record(em, subject, kind))) return 0;
      await this.events.publish(em, topic, contractEvent({ status: 'submitted', ...e }));
      return 1;
    });
  }

  private async workingDaysFrom(day: string, n: number): Promise<string> {
    // Long enough for any run of holidays (as RegistrationService.deadlineFor).
    const rows = await this.registry.calendar(this.ds.manager, day, addDays(day, n * 2 + 30));
    const calendar: WorkCalendar = new Map(rows.map((r) => [r.day, r.is_workday]));
    return addWorkingDays(day, n, calendar);
  }
}
