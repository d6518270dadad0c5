import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { VoucherStatsService } from '../../../../libs/vouchers/src/index.js';
import { GetRoute, Operation } from '../openapi/routes.js';
import { streamExport } from '../statistics/stream-export.js';
import { RegionPeriodExportQueryDto, RegionPeriodQueryDto } from '../statistics/statistics.dto.js';
import { VoucherStatsDto } from './vouchers-views.dto.js';

/** Voucher figures of a region subtree for a period, and their export (the statistics export path). */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('stats/vouchers')
export class VoucherStatsController {
  constructor(private readonly stats: VoucherStatsService) {}

  @GetRoute(undefined, VoucherStatsDto, {
    policy: 'stats.vouchers',
    summary: '创新券统计：批准与兑付（张数、金额），按发券地区；通用通兑承接情况',
  })
  figures(@Query() q: RegionPeriodQueryDto, @CurrentUser() user: Principal) {
    return this.stats.figures(user, q);
  }

  @Get('export')
  @Operation('stats.vouchers-export', '导出创新券统计（XLSX 或 CSV）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async export(@Query() q: RegionPeriodExportQueryDto, @CurrentUser() user: Principal, @Res() res: Response) {
    await streamExport(res, await this.stats.export(user, q, q.format ?? 'xlsx'));
  }
}
