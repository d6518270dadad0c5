import { Controller, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DeliveryReportService } from '../../../../libs/notifications/src/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { GetRoute } from '../openapi/routes.js';
import { DeliveryFailurePageDto } from './notification-views.dto.js';

/** Outgoing mail and SMS the platform could not deliver (refused for good by the server). Platform admin. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('admin/mail-failures')
export class MailDeliveriesController {
  constructor(private readonly report: DeliveryReportService) {}

  @GetRoute(undefined, DeliveryFailurePageDto, {
    policy: 'notification.delivery-failures',
    summary: '投递失败的邮件与短信（服务器拒收，已重试后放弃），最新在前',
  })
  list(@Query() q: PageQueryDto) {
    return this.report.failures({ page: q.page, pageSize: q.pageSize });
  }
}
