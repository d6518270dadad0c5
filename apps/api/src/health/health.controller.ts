import { Operation } from '../openapi/routes.js';
import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService, type HealthReport } from './health.service.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Operation(
    'health',
    '数据库与搜索引擎状态（任一不可用时返回 503），以及后台任务队列的积压（outbox 字段）；由 npm start 启动时另列其监管的进程（状态、重启次数、上次退出）。积压与进程信息仅供参考，不影响状态',
  )
  async get(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.report();
    res.status(report.status === 'up' ? 200 : 503);
    return report;
  }
}
