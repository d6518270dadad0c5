import { Body, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { NotificationPreferenceService } from '../../../../libs/notifications/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { GetRoute, PostRoute, PutRoute } from '../openapi/routes.js';
import { PreferenceViewDto } from './notification-views.dto.js';
import { SetPreferenceDto, UnsubscribeDto } from './notifications.dto.js';

/** The caller's mail preferences per category, and the unsubscribe link of a mail. Any signed-in user. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly prefs: NotificationPreferenceService) {}

  @GetRoute(undefined, [PreferenceViewDto], {
    policy: 'notification.preferences.read',
    summary: '我的通知邮件设置（每个类别：即时、每日摘要或不发送；站内通知始终保留）',
  })
  list(@CurrentUser() user: Principal) {
    return this.prefs.list(user);
  }

  @PutRoute(undefined, [PreferenceViewDto], {
    policy: 'notification.preferences.update',
    summary: '设置一个类别的邮件提醒方式（账号类不可调整：422）',
  })
  set(@Body() body: SetPreferenceDto, @CurrentUser() user: Principal) {
    return this.prefs.set(user, body.category, body.mail);
  }

  @PostRoute(
    'unsubscribe',
    { ok: PreferenceViewDto },
    {
      policy: 'notification.preferences.unsubscribe',
      summary: '邮件中的退订链接：关闭该类别的邮件（令牌无效 400，他人的令牌 403）',
    },
  )
  unsubscribe(@Body() body: UnsubscribeDto, @CurrentUser() user: Principal) {
    return this.prefs.unsubscribe(user, body.token);
  }
}
