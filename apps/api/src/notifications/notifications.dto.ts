import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  MAIL_PREFERENCES,
  NOTIFICATION_CATEGORIES,
  type MailPreference,
  type NotificationCategory,
} from '../../../../libs/notifications/src/index.js';
import { BooleanQueryField, OneOfField, TextField, IdParam } from '../dto-fields.js';

export class NotificationListQueryDto extends PageQueryDto {
  @BooleanQueryField({ description: '只看未读', type: Boolean, optional: true })
  unread?: boolean;
}

export class NotificationIdParamDto extends IdParam() {}

export class SetPreferenceDto {
  @OneOfField({ enum: NOTIFICATION_CATEGORIES, description: '通知类别' }, NOTIFICATION_CATEGORIES, '通知类别无效')
  category: NotificationCategory;

  @OneOfField(
    { enum: MAIL_PREFERENCES, description: 'immediate 即时邮件，digest 每日摘要，off 不发邮件' },
    MAIL_PREFERENCES,
    '邮件提醒方式只能是即时、每日摘要或不发送',
  )
  mail: MailPreference;
}

export class UnsubscribeDto {
  @TextField({ description: '邮件中退订链接所带的令牌' }, 1, 300)
  token: string;
}
