import { MATCH_VERDICTS, type MatchVerdict } from '../../../../libs/matching/src/index.js';
import { OneOfField, UuidField } from '../dto-fields.js';

export class MatchFeedbackDto {
  @UuidField({ description: '技术需求 id' })
  needId: string;

  @UuidField({ description: '科技成果 id' })
  achievementId: string;

  @OneOfField(
    { enum: MATCH_VERDICTS, description: 'relevant 相关 / not_relevant 不相关 / contacted 已联系' },
    MATCH_VERDICTS,
    'verdict 必须是 relevant、not_relevant 或 contacted',
  )
  verdict: MatchVerdict;
}
