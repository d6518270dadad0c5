import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InnovationScoreService } from '../../../../libs/loans/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { PublishFormulaDto, ScoredEnterpriseParamDto, ScoreQueryDto } from './loans.dto.js';
import { FormulaViewDto, ScoreViewDto } from './loans-views.dto.js';

/** 企业创新积分: the published formula's versions, and an enterprise's score with its inputs. */
@ApiTags('loans')
@ApiBearerAuth()
@Controller('innovation-scores')
export class InnovationScoresController {
  constructor(private readonly scores: InnovationScoreService) {}

  @GetRoute('formulas', [FormulaViewDto], {
    policy: 'innovation-score.formulas',
    summary: '创新积分公式（各版本及权重，最新为当前版本）',
  })
  formulas() {
    return this.scores.formulas();
  }

  @PostRoute(
    'formulas',
    { created: FormulaViewDto },
    { policy: 'innovation-score.publish', summary: '发布新版本积分公式（旧版本及按旧版本显示的积分不变）' },
  )
  @ApiIdempotencyKey(false)
  publish(@Body() b: PublishFormulaDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.scores.publish(user, b.weights, b.note, key);
  }

  @GetRoute(':id', ScoreViewDto, {
    policy: 'innovation-score.read',
    summary: '企业创新积分及各项输入（企业本身、辖区科技局、企业授权的金融机构可查看）',
  })
  score(@Param() p: ScoredEnterpriseParamDto, @Query() q: ScoreQueryDto) {
    return this.scores.score(p.id, q.version);
  }
}
