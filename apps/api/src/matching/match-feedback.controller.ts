import { Operation } from '../openapi/routes.js';
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { MatchFeedbackService } from '../../../../libs/matching/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { MatchFeedbackDto } from './match-feedback.dto.js';

/** Feedback on a need/achievement match; who may give it (owners, brokers) is checked in the service. */
@ApiTags('matching')
@ApiBearerAuth()
@Controller('matches')
export class MatchFeedbackController {
  constructor(private readonly feedback: MatchFeedbackService) {}

  @Post('feedback')
  @Operation('match.feedback', '反馈匹配结果：相关 / 不相关 / 已联系（每个单位对每对需求与成果保留一条当前反馈）')
  @HttpCode(200)
  record(@Body() b: MatchFeedbackDto, @CurrentUser() user: Principal) {
    return this.feedback.record(user, b);
  }
}
