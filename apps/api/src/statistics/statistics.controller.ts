import { Controller, Get, Query, Res } from '@nestjs/common';
import { GetRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FlowsResultDto, RoutesResultDto, SummaryResultDto, TargetsResultDto } from './statistics-views.dto.js';
import type { Response } from 'express';
import {
  StatisticsService,
  StatsExportService,
  TargetProgressService,
  type StatsFilter,
} from '../../../../libs/statistics/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  StatsContractsExportQueryDto,
  StatsFilterQueryDto,
  StatsRegionPeriodQueryDto,
  StatsRoutesQueryDto,
  StatsSummaryExportQueryDto,
  StatsSummaryQueryDto,
  StatsTargetsQueryDto,
} from './statistics.dto.js';
import { streamExport } from './stream-export.js';

const filterOf = (q: StatsFilterQueryDto): StatsFilter => ({
  ...(q.contractType !== undefined ? { contractTypeCode: q.contractType } : {}),
  ...(q.contractSubtype !== undefined ? { contractSubtypeCode: q.contractSubtype } : {}),
  ...(q.techField !== undefined ? { techFieldCode: q.techField } : {}),
});

/**
 * Regional technology-contract statistics. Region scope (bureau staff: their subtree) is
 * enforced by the statistics lib. Summary groups are bounded (children of one region, ≤ 12
 * months × years, 5 types, 11 fields), so they are not paged; exports stream.
 */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('stats')
export class StatisticsController {
  constructor(
    private readonly stats: StatisticsService,
    private readonly exports: StatsExportService,
    private readonly targetProgress: TargetProgressService,
  ) {}

  @GetRoute('summary', SummaryResultDto, {
    policy: 'stats.summary',
    summary: '技术合同统计汇总（吸纳/输出/登记，按下级地区/类型/领域/月份）',
  })
  summary(@CurrentUser() user: Principal, @Query() q: StatsSummaryQueryDto) {
    return this.stats.summary(
      user,
      { region: q.region, period: q.period, perspective: q.perspective, filter: filterOf(q) },
      q.groupBy ?? 'child-region',
    );
  }

  @GetRoute('flows', FlowsResultDto, { policy: 'stats.flows', summary: '技术合同流向矩阵（卖方地区 × 买方地区）' })
  flows(@CurrentUser() user: Principal, @Query() q: StatsRegionPeriodQueryDto) {
    return this.stats.flows(user, { region: q.region, period: q.period });
  }

  @GetRoute('routes', RoutesResultDto, {
    policy: 'stats.routes',
    summary: '已登记技术合同按定价方式（协议定价、挂牌交易、拍卖）分列',
  })
  routes(@CurrentUser() user: Principal, @Query() q: StatsRoutesQueryDto) {
    return this.stats.routes(user, { region: q.region, period: q.period, perspective: q.perspective });
  }

  @GetRoute('targets', TargetsResultDto, {
    policy: 'stats.targets',
    summary: '规划目标完成进度（每项指标的数据来源、实际值、完成率、期末推算及方法、按目标期判断的状态）',
  })
  targets(@CurrentUser() user: Principal, @Query() q: StatsTargetsQueryDto) {
    return this.targetProgress.progress(user, q.region, q.asOf);
  }

  @Get('matchmaking')
  @Operation('stats.matchmaking', '对接情况季度通报')
  matchmaking(@CurrentUser() user: Principal, @Query() q: StatsRegionPeriodQueryDto) {
    return this.stats.matchmaking(user, { region: q.region, period: q.period });
  }

  @Get('summary/export')
  @Operation('stats.summary-export', '导出统计汇总（XLSX 或 CSV）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async exportSummary(
    @CurrentUser() user: Principal,
    @Query() q: StatsSummaryExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.exports.summary(
      user,
      { region: q.region, period: q.period, perspective: q.perspective, filter: filterOf(q) },
      q.groupBy ?? 'child-region',
      q.format ?? 'xlsx',
    );
    await streamExport(res, file);
  }

  @Get('contracts/export')
  @Operation('stats.contracts-export', '导出期间内的认定登记合同明细（含变更、撤销记录）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  async exportContracts(
    @CurrentUser() user: Principal,
    @Query() q: StatsContractsExportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.exports.contracts(
      user,
      { region: q.region, period: q.period, perspective: q.perspective, filter: filterOf(q) },
      q.format ?? 'xlsx',
    );
    await streamExport(res, file);
  }
}
