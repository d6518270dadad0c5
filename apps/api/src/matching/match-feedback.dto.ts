import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import { MATCH_VERDICTS, type MatchVerdict } from '../../../../libs/matching/src/index.js';

export class MatchFeedbackDto {
  @ApiProperty({ format: 'uuid', description: '技术需求 id' })
  @IsUUID('all', { message: 'needId 必须是 UUID' })
  needId: string;

  @ApiProperty({ format: 'uuid', description: '科技成果 id' })
  @IsUUID('all', { message: 'achievementId 必须是 UUID' })
  achievementId: string;

  @ApiProperty({ enum: MATCH_VERDICTS, description: 'relevant 相关 / not_relevant 不相关 / contacted 已联系' })
  @IsIn(MATCH_VERDICTS, { message: 'verdict 必须是 relevant、not_relevant 或 contacted' })
  verdict: MatchVerdict;
}
