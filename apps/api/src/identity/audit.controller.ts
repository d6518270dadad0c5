import { Controller, Get, Query, Res } from '@nestjs/common';
import { GetRoute, Operation } from '../openapi/routes.js';
import { AuditPageDto } from './audit-views.dto.js';
import type { Response } from 'express';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../../../libs/audit/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { AuditExportQueryDto, AuditQueryDto } from './audit.dto.js';

/** `审计日志-20260110.xlsx`: RFC 6266 with an ASCII fallback. */
function attachment(name: string, ascii: string): string {
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Read-only: audit rows are never changed through the API (the table refuses it too). */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @GetRoute(undefined, AuditPageDto, {
    policy: 'audit.list',
    summary: '审计日志（科技局管理员：本辖区；平台管理员：全部）',
  })
  list(@CurrentUser() principal: Principal, @Query() q: AuditQueryDto) {
    return this.audit.list(principal, q);
  }

  @Get('export')
  @Operation('audit.export', '导出审计日志（XLSX，与列表相同的筛选条件；超过上限时请缩小时间范围）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@CurrentUser() principal: Principal, @Query() q: AuditExportQueryDto, @Res() res: Response) {
    const file = await this.audit.export(principal, q);
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replaceAll('-', '');
    res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', attachment(`审计日志-${day}.xlsx`, `audit-${day}.xlsx`));
    res.setHeader('Cache-Control', 'no-store');
    res.end(file);
  }
}
