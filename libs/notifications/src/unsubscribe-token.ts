import { createHmac, timingSafeEqual } from 'node:crypto';
import { NOTIFICATION_CATEGORIES, type NotificationCategory } from './notification-categories.js';
import { isUuid } from '../../shared/validation/index.js';

/**
 * The token of a mail's unsubscribe link: the user and the category, signed (HMAC-SHA256 with a
 * key derived from JWT_SECRET). It does not expire (a link in an old mail keeps working) and it
 * only ever turns one category's mail off for its own user.
 */
export class UnsubscribeTokens {
  private readonly key: Buffer;

  constructor(masterSecret: string) {
    this.key = createHmac('sha256', 'notifications-unsubscribe').update(masterSecret).digest();
  }

  issue(userId: string, category: NotificationCategory): string {
    const body = Buffer.from(`${userId}:${category}`).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The user and category the token names, or null when it is not one of ours. */
  verify(token: string): { userId: string; category: NotificationCategory } | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const want = Buffer.from(this.mac(body));
    const got = Buffer.from(mac);
    if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
    const [userId, category] = Buffer.from(body, 'base64url').toString('utf8').split(':');
    if (!userId || !isUuid(userId) || !NOTIFICATION_CATEGORIES.includes(category as NotificationCategory)) return null;
    return { userId, category: category as NotificationCategory };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
