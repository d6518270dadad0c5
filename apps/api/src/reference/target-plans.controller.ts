import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { TargetAdminService } from '../../../../libs/reference/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PatchRoute, PostRoute } from '../openapi/routes.js';
import { PolicyTargetViewDto, TargetHistoryDto, TargetPlanViewDto } from './reference-views.dto.js';
import {
  CreateTargetDto,
  CreateTargetPlanDto,
  ReviseTargetDto,
  TargetPlanIdParamDto,
  TargetPlanListQueryDto,
} from './target-plans.dto.js';

/** Plans and their targets as bureau admins manage them; revisions keep what they replaced. */
@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class TargetPlansController {
  constructor(private readonly admin: TargetAdminService) {}

  @PostRoute(
    'target-plans',
    { created: TargetPlanViewDto },
    { policy: 'target-plan.create', summary: '新增规划（标题、文号、起止年份）' },
  )
  @ApiIdempotencyKey(false)
  createPlan(
    @Body() b: CreateTargetPlanDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.admin.createPlan(user, b, key);
  }

  @GetRoute('target-plans', [TargetPlanViewDto], { policy: 'target-plan.list', summary: '本辖区的规划' })
  plans(@Query() q: TargetPlanListQueryDto, @CurrentUser() user: Principal) {
    return this.admin.plans(user, q.region);
  }

  @PostRoute(
    'target-plans/:id/targets',
    { created: PolicyTargetViewDto },
    {
      policy: 'target.create',
      summary: '为规划新增目标（指标、年份或区间、目标值、单位、比较、累计或年度、翻番基数年）',
    },
  )
  @ApiIdempotencyKey(false)
  addTarget(
    @Param() p: TargetPlanIdParamDto,
    @Body() b: CreateTargetDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.admin.addTarget(user, p.id, b, key);
  }

  @PatchRoute('targets/:id', PolicyTargetViewDto, {
    policy: 'target.revise',
    summary: '修订目标（带版本号和原因；原值保留在修订历史中）',
  })
  revise(@Param() p: TargetPlanIdParamDto, @Body() b: ReviseTargetDto, @CurrentUser() user: Principal) {
    return this.admin.revise(user, p.id, b);
  }

  @GetRoute('targets/:id/history', TargetHistoryDto, { policy: 'target.history', summary: '目标的修订历史' })
  history(@Param() p: TargetPlanIdParamDto) {
    return this.admin.history(p.id);
  }
}
