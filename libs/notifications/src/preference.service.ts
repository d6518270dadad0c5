import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../shared/auth/index.js';
import {
  CATEGORY_LABELS,
  effectivePreference,
  isEssential,
  NOTIFICATION_CATEGORIES,
  type MailPreference,
  type NotificationCategory,
} from './notification-categories.js';
import { NotificationsError, NotificationsErrorCode } from './notifications.errors.js';
import { PreferenceRepository } from './preference.repository.js';
import { UnsubscribeTokens } from './unsubscribe-token.js';

export interface PreferenceView {
  category: NotificationCategory;
  /** Chinese name of the category. */
  label: string;
  mail: MailPreference;
  /** Essential mail (the account itself) is always sent at once and cannot be changed. */
  essential: boolean;
}

/** Each user's mail preference per category, and the unsubscribe link of a mail. */
@Injectable()
export class NotificationPreferenceService {
  constructor(
    private readonly ds: DataSource,
    private readonly prefs: PreferenceRepository,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async list(p: Principal): Promise<PreferenceView[]> {
    const stored = await this.prefs.ofUser(this.ds.manager, p.userId);
    return NOTIFICATION_CATEGORIES.map((category) => ({
      category,
      label: CATEGORY_LABELS[category],
      mail: effectivePreference(category, stored.get(category)),
      essential: isEssential(category),
    }));
  }

  async set(p: Principal, category: NotificationCategory, mail: MailPreference): Promise<PreferenceView[]> {
    if (isEssential(category))
      throw new NotificationsError(
        NotificationsErrorCode.NOTIFICATION_CATEGORY_ESSENTIAL,
        `“${CATEGORY_LABELS[category]}”类通知事关账号本身，邮件提醒不能调整`,
        { category },
      );
    await this.prefs.set(this.ds.manager, p.userId, category, mail);
    return this.list(p);
  }

  /**
   * The unsubscribe link of a mail: turns the token's category off for the signed-in user. A
   * token that is not ours is refused (400); another user's token too (403): a forwarded mail
   * must not let its reader change someone else's mail.
   */
  async unsubscribe(p: Principal, token: string): Promise<PreferenceView> {
    const t = this.tokens.verify(token);
    if (!t)
      throw new NotificationsError(
        NotificationsErrorCode.UNSUBSCRIBE_TOKEN_INVALID,
        '退订链接无效，请从邮件中重新打开',
      );
    if (t.userId !== p.userId)
      throw new NotificationsError(
        NotificationsErrorCode.UNSUBSCRIBE_TOKEN_NOT_YOURS,
        '此退订链接属于其他账号，请用收到该邮件的账号登录后再退订',
      );
    await this.prefs.set(this.ds.manager, p.userId, t.category, 'off');
    return (await this.list(p)).find((v) => v.category === t.category)!;
  }
}
