import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { ContractsService } from '../../contracts/src/index.js';
import { chinaToday } from '../../reference/src/index.js';
import { RegistriesService } from '../../registries/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { CommonErrorCode, AppError } from '../../shared/errors/index.js';
import { IdempotencyService } from '../../shared/http/index.js';
import { InnovationScoreRepository, type FormulaRow } from './innovation-score.repository.js';
import {
  computeScore,
  SCORE_INPUT_DEFS,
  SCORE_INPUTS,
  weightProblems,
  type ScoreInput,
  type ScoreLine,
  type Weight,
  type Weights,
  NO_FACTS,
} from './innovation-score.rules.js';
import { LoanAuthorisationRepository } from './loan-authorisation.repository.js';
import { LoanEnterpriseNotFoundError, LoansError, LoansErrorCode } from './loans.errors.js';

export interface FormulaWeightView {
  input: ScoreInput;
  name: string;
  source: string;
  points: number;
  per: number;
  cap: number;
  weightText: string;
}

export interface FormulaView {
  version: number;
  note: string;
  publishedAt: string;
  current: boolean;
  weights: FormulaWeightView[];
}

export interface ScoreView {
  enterpriseOrgId: string;
  enterpriseName: string;
  /** The formula version this score was computed with. */
  version: number;
  versionNote: string;
  currentVersion: number;
  score: number;
  lines: ScoreLine[];
}

/**
 * 企业创新积分: computed on read from the enterprise's platform facts (certified contracts as
 * buyer, 技术开发 among them, registries in force) under a published formula version. Versions are
 * append-only, so a score shown under version N is reproduced exactly from the same inputs.
 */
@Injectable()
export class InnovationScoreService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: InnovationScoreRepository,
    private readonly orgs: LoanAuthorisationRepository,
    private readonly contracts: ContractsService,
    private readonly registries: RegistriesService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async formulas(): Promise<FormulaView[]> {
    const rows = await this.repo.versions(this.ds.manager);
    return rows.map((r, i) => formulaView(r, i === 0));
  }

  async score(enterpriseOrgId: string, version?: number): Promise<ScoreView> {
    const db = this.ds.manager;
    const org = await this.orgs.org(db, enterpriseOrgId);
    if (!org || org.type !== 'enterprise') throw new LoanEnterpriseNotFoundError(enterpriseOrgId);
    const [formula, current] = await Promise.all([this.repo.find(db, version), this.repo.find(db)]);
    if (!formula)
      throw new LoansError(LoansErrorCode.SCORE_FORMULA_VERSION_NOT_FOUND, '该版本的积分公式不存在', { version });
    const bought = await this.contracts.buyerFigures(db, org.id);
    const kinds = org.credit_code ? await this.registries.kindsInForce(org.credit_code, chinaToday()) : [];
    const result = computeScore(formula.weights, {
      buyer_contracts: BigInt(bought.certified_count),
      buyer_amount_wan: BigInt(bought.certified_fen),
      rd_contracts: BigInt(bought.development_count),
      high_tech_enterprise: kinds.includes('high_tech_enterprise') ? 1n : 0n,
      tech_sme: kinds.includes('tech_sme') ? 1n : 0n,
      // The platform records no awards: shown as 暂无数据来源, weighed 0 in every version.
      awards: null,
    });
    return {
      enterpriseOrgId: org.id,
      enterpriseName: org.name,
      version: formula.version,
      versionNote: formula.note,
      currentVersion: current!.version,
      score: result.score,
      lines: result.lines,
    };
  }

  /** Publishes a new version (the platform); earlier versions and the scores shown under them stay as they were. */
  async publish(
    principal: Principal,
    weights: { input: string; points: number; per?: number; cap: number }[],
    note: string,
    key?: string,
  ): Promise<FormulaView> {
    const byInput: Partial<Record<string, Weight>> = {};
    for (const w of weights) byInput[w.input] = { points: w.points, cap: w.cap, ...(w.per ? { per: w.per } : {}) };
    const problems = [
      ...weights
        .filter((w) => !(SCORE_INPUTS as readonly string[]).includes(w.input))
        .map((w) => `未知的积分项 ${w.input}`),
      ...weightProblems(byInput),
    ];
    if (problems.length)
      throw new AppError(CommonErrorCode.VALIDATION_FAILED, '积分公式不完整', [
        { field: 'weights', messages: problems },
      ]);
    return this.idempotency.once(
      { scope: `innovation-score.publish:${principal.userId}`, key, request: { weights, note } },
      async (em) => {
        const version = await this.repo.publish(em, byInput as Weights, note.trim(), principal.userId);
        await this.audit.record(em, {
          actor: principal,
          action: 'loan.score_formula_publish',
          targetType: 'innovation_score_formula',
          targetId: String(version),
          after: { version, weights: byInput },
        });
        return formulaView((await this.repo.find(em, version))!, true);
      },
    );
  }
}

function formulaView(r: FormulaRow, current: boolean): FormulaView {
  const lines = computeScore(r.weights, NO_FACTS).lines;
  return {
    version: r.version,
    note: r.note,
    publishedAt: r.published_at.toISOString(),
    current,
    weights: SCORE_INPUTS.map((input, i) => ({
      input,
      name: SCORE_INPUT_DEFS[input].name,
      source: SCORE_INPUT_DEFS[input].source ?? '暂无数据来源',
      points: r.weights[input].points,
      per: r.weights[input].per ?? 1,
      cap: r.weights[input].cap,
      weightText: lines[i]!.weightText,
    })),
  };
}
