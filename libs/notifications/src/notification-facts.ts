import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { NotificationRepository } from './notification.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/** Facts of notifications for the authorisation guard: addressed to a user, or to an organisation (then every member's). */
@Injectable()
export class NotificationFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async notification(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.notifications.recipients(this.ds.manager, id);
    if (!row) return null;
    return {
      users: { recipient: row.recipient_user_id },
      orgs: { recipient: row.recipient_user_id === null ? row.recipient_org_id : null },
    };
  }
}
