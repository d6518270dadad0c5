import { Controller, Param, Query } from '@nestjs/common';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  NotificationPageDto,
  NotificationViewDto,
  ReadAllResultDto,
  UnreadCountDto,
} from './notification-views.dto.js';
import { NotificationService } from '../../../../libs/notifications/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { NotificationIdParamDto, NotificationListQueryDto } from './notifications.dto.js';

/** The caller's in-app notifications (addressed to them or to their organisation). Any signed-in user. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @GetRoute(undefined, NotificationPageDto, {
    policy: 'notification.list',
    summary: '我的站内通知（分页，可只看未读；含未读数）',
  })
  list(@Query() q: NotificationListQueryDto, @CurrentUser() user: Principal) {
    return this.notifications.list(user, { unread: q.unread, page: q.page, pageSize: q.pageSize });
  }

  @GetRoute('unread-count', UnreadCountDto, { policy: 'notification.unread-count', summary: '未读通知数' })
  async unreadCount(@CurrentUser() user: Principal) {
    return { unread: await this.notifications.unreadCount(user) };
  }

  @PostRoute('read-all', { ok: ReadAllResultDto }, { policy: 'notification.read-all', summary: '全部标为已读' })
  readAll(@CurrentUser() user: Principal) {
    return this.notifications.markAllRead(user);
  }

  @PostRoute(
    ':id/read',
    { ok: NotificationViewDto },
    { policy: 'notification.read', summary: '标为已读（他人的通知答 404）' },
  )
  read(@Param() p: NotificationIdParamDto, @CurrentUser() user: Principal) {
    return this.notifications.markRead(user, p.id);
  }
}
