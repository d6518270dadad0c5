import { Body, Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReportedFiguresService } from '../../../../libs/statistics/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, contentDisposition, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PostRoute, Operation } from '../openapi/routes.js';
import {
  CreateReportedFigureDto,
  ReportedFigureIdParamDto,
  ReportedFigureListQueryDto,
} from './reported-figures.dto.js';
import { ReportedFigurePageDto, ReportedFigureViewDto } from './reported-figures-views.dto.js';

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Plan-indicator figures bureau staff report (with their source), approved by a second bureau user. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('reported-figures')
export class ReportedFiguresController {
  constructor(private readonly reported: ReportedFiguresService) {}

  @PostRoute(
    undefined,
    { created: ReportedFigureViewDto },
    { policy: 'reported.create', summary: '填报规划指标数据（新版本，待另一位科技局工作人员审核）' },
  )
  @ApiIdempotencyKey(false)
  create(
    @Body() b: CreateReportedFigureDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.reported.enter(user, b, key);
  }

  @PostRoute(
    ':id/approve',
    { ok: ReportedFigureViewDto },
    { policy: 'reported.approve', summary: '审核通过填报的数据（不能审核本人填报的数据）' },
  )
  approve(@Param() p: ReportedFigureIdParamDto, @CurrentUser() user: Principal) {
    return this.reported.approve(user, p.id);
  }

  @GetRoute(undefined, ReportedFigurePageDto, {
    policy: 'reported.list',
    summary: '填报记录（待审核列表、某项指标某年度的版本历史）',
  })
  list(@Query() q: ReportedFigureListQueryDto, @CurrentUser() user: Principal) {
    return this.reported.list(user, q);
  }

  @Get(':id/attachment')
  @Operation('reported.attachment', '下载填报数据的附件')
  @ApiProduces('application/octet-stream')
  async attachment(@Param() p: ReportedFigureIdParamDto, @Res() res: Response): Promise<void> {
    const file = await this.reported.attachment(p.id);
    const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
    res.setHeader('Content-Type', MIME[ext] ?? 'application/octet-stream');
    res.setHeader('Content-Disposition', contentDisposition(file.name, `attachment.${ext || 'bin'}`));
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.bytes);
  }
}
