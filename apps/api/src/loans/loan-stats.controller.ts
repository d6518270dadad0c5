import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LoanStatsService } from '../../../../libs/loans/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { GetRoute, Operation } from '../openapi/routes.js';
import { streamExport } from '../statistics/stream-export.js';
import { RegionPeriodExportQueryDto, RegionPeriodQueryDto } from '../statistics/statistics.dto.js';
import { LoanStatsDto } from './loans-views.dto.js';

/** Loan figures of a region subtree for a period, and their export (the statistics export path). */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('stats/loans')
export class LoanStatsController {
  constructor(private readonly stats: LoanStatsService) {}

  @GetRoute(undefined, LoanStatsDto, {
    policy: 'stats.loans',
    summary: '成果转化贷款统计：备案笔数与金额、还款、违约、结清，按借款企业所在地区',
  })
  figures(@Query() q: RegionPeriodQueryDto, @CurrentUser() user: Principal) {
    return this.stats.figures(user, q);
  }

  @Get('export')
  @Operation('stats.loans-export', '导出成果转化贷款统计（XLSX 或 CSV）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async export(@Query() q: RegionPeriodExportQueryDto, @CurrentUser() user: Principal, @Res() res: Response) {
    await streamExport(res, await this.stats.export(user, q, q.format ?? 'xlsx'));
  }
}
