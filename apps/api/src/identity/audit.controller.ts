import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../../../libs/audit/src/index.js';
import { Policy, CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { AuditQueryDto } from './audit.dto.js';

/** Read-only: audit rows are never changed through the API (the table refuses it too). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Policy('audit.list')
  @ApiOperation({ summary: '审计日志（科技局管理员：本辖区；平台管理员：全部）' })
  list(@CurrentUser() principal: Principal, @Query() q: AuditQueryDto) {
    return this.audit.list(principal, q);
  }
}
