import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { mapViolation } from '../../shared/database/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import type { PolicyTarget } from './policy-target.entity.js';
import {
  ReferenceErrorCode,
  TargetError,
  TargetInvalidError,
  targetNotFound,
  targetOutOfRegion,
  targetPlanNotFound,
} from './reference.errors.js';
import { RegionService } from './region.service.js';
import { TargetIndicatorUnits } from './target-indicator-units.js';
import { TargetPlanRepository, type TargetPlanRow, type TargetRevisionRow } from './target-plan.repository.js';
import { targetTermProblems, type TargetTerms } from './target.rules.js';

export interface TargetPlanInput {
  regionCode: string;
  title: string;
  document: string;
  fromYear: number;
  toYear: number;
}

export interface NewTargetInput extends TargetTerms {
  indicatorCode: string;
  indicatorName: string;
  /** The plan's words for the target (原文). */
  sourceQuote?: string;
}

export interface TargetRevisionInput {
  version: number;
  value?: string;
  comparison?: PolicyTarget['comparison'];
  fromYear?: number;
  targetYear?: number;
  accumulation?: PolicyTarget['accumulation'];
  baseYear?: number | null;
  reason: string;
}

export interface TargetPlanView {
  id: number;
  regionCode: string;
  title: string;
  document: string;
  fromYear: number;
  toYear: number;
  createdAt: string;
}

export interface TargetHistory {
  target: PolicyTarget;
  /** The values each revision replaced, newest first, with who revised and why. */
  revisions: {
    version: number;
    value: string;
    comparison: string;
    fromYear: number;
    targetYear: number;
    accumulation: string;
    baseYear: number | null;
    reason: string;
    revisedBy: string;
    revisedAt: string;
  }[];
}

const planView = (p: TargetPlanRow): TargetPlanView => ({
  id: p.id,
  regionCode: p.region_code,
  title: p.title,
  document: p.document,
  fromYear: p.from_year,
  toYear: p.to_year,
  createdAt: new Date(p.created_at).toISOString(),
});

const revisionView = (r: TargetRevisionRow): TargetHistory['revisions'][number] => ({
  version: r.version,
  value: r.value,
  comparison: r.comparison,
  fromYear: r.from_year,
  targetYear: r.target_year,
  accumulation: r.accumulation,
  baseYear: r.base_year,
  reason: r.reason,
  revisedBy: r.revised_by,
  revisedAt: new Date(r.revised_at).toISOString(),
});

/**
 * The plans and targets bureau admins manage for their subtree: a plan, its targets, and
 * revisions that keep what they replaced (policy_target_revision). The seeded targets are
 * revised the same way; the reference loader does not overwrite a revised one.
 */
@Injectable()
export class TargetAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: TargetPlanRepository,
    private readonly regions: RegionService,
    private readonly units: TargetIndicatorUnits,
    private readonly idempotency: IdempotencyService,
  ) {}

  async createPlan(principal: Principal, input: TargetPlanInput, key: string | undefined): Promise<TargetPlanView> {
    await this.assertReach(principal, input.regionCode);
    if (input.fromYear > input.toYear)
      throw new TargetInvalidError([{ field: 'toYear', messages: ['规划期末年不能早于首年'] }]);
    return this.idempotency.once({ scope: `target-plan.create:${principal.userId}`, key, request: input }, async (em) =>
      planView(
        await this.repo.insertPlan(em, {
          region_code: input.regionCode,
          title: input.title.trim(),
          document: input.document.trim(),
          from_year: input.fromYear,
          to_year: input.toYear,
          created_by: principal.userId,
        }),
      ),
    );
  }

  async plans(principal: Principal, region: string | undefined): Promise<TargetPlanView[]> {
    const root = region ?? (isPlatformAdmin(principal) ? null : principal.regionCode);
    return (await this.repo.plans(this.ds.manager, root)).map(planView);
  }

  async addTarget(
    principal: Principal,
    planId: number,
    input: NewTargetInput,
    key: string | undefined,
  ): Promise<PolicyTarget> {
    const plan = await this.repo.plan(this.ds.manager, planId);
    if (!plan) throw targetPlanNotFound(planId);
    await this.assertReach(principal, plan.region_code);
    const problems = targetTermProblems(
      input,
      { fromYear: plan.from_year, toYear: plan.to_year },
      this.units.unitOf(input.indicatorCode),
    );
    if (problems.length) throw new TargetInvalidError(problems);
    return this.idempotency.once(
      { scope: `target.create:${principal.userId}`, key, request: { planId, ...input } },
      (em) =>
        this.repo
          .insertTarget(em, {
            regionCode: plan.region_code,
            indicatorCode: input.indicatorCode,
            indicatorName: input.indicatorName.trim(),
            perspective: null,
            targetYear: input.targetYear,
            fromYear: input.fromYear ?? input.targetYear,
            accumulation: input.accumulation,
            baseYear: input.baseYear ?? null,
            value: input.value.trim(),
            unit: input.unit,
            comparison: input.comparison,
            planId: plan.id,
            sourceDoc: `${plan.document} | ${plan.title}`,
            sourceQuote: input.sourceQuote?.trim() ?? '',
          })
          .catch((err: unknown) => {
            throw mapViolation(err, {
              unique: () =>
                new TargetError(ReferenceErrorCode.TARGET_EXISTS, '本地区该指标该年度已有目标，请修订该目标', {
                  indicatorCode: input.indicatorCode,
                  targetYear: input.targetYear,
                }),
            });
          }),
    );
  }

  /** A new version of a target; the old values stay in its history with the reason. */
  async revise(principal: Principal, id: number, input: TargetRevisionInput): Promise<PolicyTarget> {
    const current = await this.repo.target(this.ds.manager, id);
    if (!current) throw targetNotFound(id);
    await this.assertReach(principal, current.regionCode);
    const plan = current.planId === null ? undefined : await this.repo.plan(this.ds.manager, current.planId);
    return this.ds.transaction(async (em) => {
      const old = await this.repo.target(em, id, true);
      if (!old) throw targetNotFound(id);
      const next = {
        value: input.value?.trim() ?? old.value,
        comparison: input.comparison ?? old.comparison,
        fromYear:
          input.fromYear ?? (input.accumulation === 'annual' ? (input.targetYear ?? old.targetYear) : old.fromYear),
        targetYear: input.targetYear ?? old.targetYear,
        accumulation: input.accumulation ?? old.accumulation,
        baseYear: input.baseYear === undefined ? old.baseYear : input.baseYear,
      };
      const problems = targetTermProblems(
        { ...next, unit: old.unit },
        plan ? { fromYear: plan.from_year, toYear: plan.to_year } : null,
        undefined,
      );
      if (problems.length) throw new TargetInvalidError(problems);
      if (
        old.version !== input.version ||
        !(await this.repo.revise(em, old, next, input.reason.trim(), principal.userId))
      )
        throw new TargetError(ReferenceErrorCode.TARGET_VERSION_CONFLICT, '该目标已被他人修订，请刷新后再修订', {
          version: old.version,
        });
      return (await this.repo.target(em, id))!;
    });
  }

  async history(id: number): Promise<TargetHistory> {
    const target = await this.repo.target(this.ds.manager, id);
    if (!target) throw targetNotFound(id);
    return { target, revisions: (await this.repo.revisions(this.ds.manager, id)).map(revisionView) };
  }

  /** Facts for the policy guard: the region a plan or a target belongs to. */
  async planRegion(id: number): Promise<string | undefined> {
    return (await this.repo.plan(this.ds.manager, id))?.region_code;
  }

  async targetRegion(id: number): Promise<string | undefined> {
    return (await this.repo.target(this.ds.manager, id))?.regionCode;
  }

  private async assertReach(principal: Principal, region: string): Promise<void> {
    if (!this.regions.find(region))
      throw new TargetInvalidError([{ field: 'regionCode', messages: ['行政区划代码不存在'] }]);
    if (!isPlatformAdmin(principal) && !(await this.regions.isWithin(region, principal.regionCode)))
      throw targetOutOfRegion(region);
  }
}
