import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ReportExportService, ReportService } from '../../../../libs/statistics/src/index.js';
import { GetRoute, Operation } from '../openapi/routes.js';
import {
  AnnualReportExportQueryDto,
  AnnualReportQueryDto,
  QuarterlyReportExportQueryDto,
  QuarterlyReportQueryDto,
} from './reports.dto.js';
import { RegionReportDto } from './reports-views.dto.js';
import { streamExport } from './stream-export.js';

const PRODUCES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'];

/**
 * The reports a bureau hands upward, as data (the web page) and as files (XLSX, PDF). Region
 * scope (bureau staff: their subtree) is enforced by the policy table and the statistics lib.
 */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('stats/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportService,
    private readonly files: ReportExportService,
  ) {}

  @GetRoute('quarterly', RegionReportDto, {
    policy: 'stats.report-quarterly',
    summary: '技术转移对接季度通报（需求与成果、匹配与反馈、对接项目、技术合同、主要单位、目标进度）',
  })
  quarterly(@CurrentUser() user: Principal, @Query() q: QuarterlyReportQueryDto) {
    return this.reports.report(user, {
      kind: 'quarterly',
      region: q.region,
      period: q.period,
      basis: q.basis ?? 'reported',
    });
  }

  @Get('quarterly/export')
  @Operation('stats.report-quarterly-export', '导出技术转移对接季度通报（XLSX 或 PDF）')
  @ApiProduces(...PRODUCES)
  async quarterlyExport(
    @CurrentUser() user: Principal,
    @Query() q: QuarterlyReportExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.files.file(
      user,
      { kind: 'quarterly', region: q.region, period: q.period, basis: q.basis ?? 'reported' },
      q.format ?? 'xlsx',
    );
    await streamExport(res, file);
  }

  @GetRoute('annual', RegionReportDto, {
    policy: 'stats.report-annual',
    summary: '年度科技成果转化报告（全年各项数据、年度目标与累计目标进度）',
  })
  annual(@CurrentUser() user: Principal, @Query() q: AnnualReportQueryDto) {
    return this.reports.report(user, {
      kind: 'annual',
      region: q.region,
      period: q.period,
      basis: q.basis ?? 'reported',
    });
  }

  @Get('annual/export')
  @Operation('stats.report-annual-export', '导出年度科技成果转化报告（XLSX 或 PDF）')
  @ApiProduces(...PRODUCES)
  async annualExport(
    @CurrentUser() user: Principal,
    @Query() q: AnnualReportExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.files.file(
      user,
      { kind: 'annual', region: q.region, period: q.period, basis: q.basis ?? 'reported' },
      q.format ?? 'xlsx',
    );
    await streamExport(res, file);
  }
}
