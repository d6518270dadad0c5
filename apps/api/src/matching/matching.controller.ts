import { Controller, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { GetRoute } from '../openapi/routes.js';
import { MatchResultDto } from './match-views.dto.js';
import { MatchingService, type MatchFilter } from '../../../../libs/matching/src/index.js';
import { OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { MatchIdParamDto, MatchQueryDto } from './matching.dto.js';

const toFilter = (q: MatchQueryDto): MatchFilter => ({
  techFieldCodes: q.techField,
  region: q.region,
  trlMin: q.trlMin,
  trlMax: q.trlMax,
  transferModes: q.transferMode,
  limit: q.limit ?? 10,
});

/** 成果对接: matches with their reasons. Visibility of the listing asked about is checked in the service. */
@ApiTags('matching')
@Controller()
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @GetRoute('needs/:id/matches', [MatchResultDto], {
    policy: 'match.for-need',
    summary: '为技术需求匹配科技成果（含匹配理由）',
  })
  forNeed(@Param() p: MatchIdParamDto, @Query() q: MatchQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.matching.forNeed(p.id, user, toFilter(q));
  }

  @GetRoute('achievements/:id/matches', [MatchResultDto], {
    policy: 'match.for-achievement',
    summary: '为科技成果匹配技术需求与揭榜挂帅榜单（含匹配理由）',
  })
  forAchievement(@Param() p: MatchIdParamDto, @Query() q: MatchQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.matching.forAchievement(p.id, user, toFilter(q));
  }
}
