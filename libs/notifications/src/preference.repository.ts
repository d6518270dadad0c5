import { Injectable } from '@nestjs/common';
import type { Queryable } from '../../shared/database/index.js';
import type { MailPreference, NotificationCategory } from './notification-categories.js';

/** The notification_preference table: a user's mail preference per category (absent: immediate). */
@Injectable()
export class PreferenceRepository {
  /** The stored preferences of `userIds` for one category. */
  async forCategory(db: Queryable, userIds: string[], category: string): Promise<Map<string, MailPreference>> {
    if (userIds.length === 0) return new Map();
    const rows: { user_id: string; mail: MailPreference }[] = await db.query(
      `SELECT user_id, mail FROM notification_preference WHERE user_id = ANY($1::uuid[]) AND category = $2`,
      [userIds, category],
    );
    return new Map(rows.map((r) => [r.user_id, r.mail]));
  }

  async ofUser(db: Queryable, userId: string): Promise<Map<NotificationCategory, MailPreference>> {
    const rows: { category: NotificationCategory; mail: MailPreference }[] = await db.query(
      `SELECT category, mail FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return new Map(rows.map((r) => [r.category, r.mail]));
  }

  async set(db: Queryable, userId: string, category: NotificationCategory, mail: MailPreference): Promise<void> {
    await db.query(
      `INSERT INTO notification_preference (user_id, category, mail) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, category) DO UPDATE SET mail = EXCLUDED.mail, updated_at = now()`,
      [userId, category, mail],
    );
  }
}
