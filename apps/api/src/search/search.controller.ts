import { Body, Controller, Query } from '@nestjs/common';
import { GetRoute, PutRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SynonymGroupViewDto } from './search-views.dto.js';
import { SearchResultDto } from '../listings/listing-views.dto.js';
import {
  ListingSearchService,
  type ListingKind,
  type ListingSearchQuery,
} from '../../../../libs/listings/src/index.js';
import { SynonymService } from '../../../../libs/search/src/index.js';
import { CurrentUser, OptionalUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  AchievementSearchQueryDto,
  ChallengeSearchQueryDto,
  NeedSearchQueryDto,
  ReplaceSynonymsDto,
  type SearchQueryDto,
} from './search.dto.js';

function toQuery(d: SearchQueryDto & Partial<NeedSearchQueryDto & AchievementSearchQueryDto>): ListingSearchQuery {
  return {
    q: d.q,
    techFieldCodes: d.techField,
    region: d.region,
    orgTypes: d.orgType,
    priceMinFen: d.priceMin,
    priceMaxFen: d.priceMax,
    sort: d.sort,
    trlMin: d.trlMin,
    trlMax: d.trlMax,
    transferModes: d.transferMode,
    achievementTypes: d.achievementType,
    cooperationModes: d.cooperationMode,
    page: d.page,
    pageSize: d.pageSize,
  };
}

/** Public faceted search over published listings. */
@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly listings: ListingSearchService,
    private readonly synonyms: SynonymService,
  ) {}

  private run(kind: ListingKind, q: SearchQueryDto, user: Principal | undefined) {
    return this.listings.find(kind, toQuery(q), user);
  }

  @GetRoute('needs', SearchResultDto, {
    policy: 'search.needs',
    summary: '搜索技术需求（仅已发布；匿名需求不显示企业名称）',
  })
  needs(@Query() q: NeedSearchQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.run('need', q, user);
  }

  @GetRoute('achievements', SearchResultDto, {
    policy: 'search.achievements',
    summary: '搜索科技成果（技术领域、地区、TRL、转化方式、价格筛选与分面统计）',
  })
  achievements(@Query() q: AchievementSearchQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.run('achievement', q, user);
  }

  @GetRoute('challenges', SearchResultDto, { policy: 'search.challenges', summary: '搜索揭榜挂帅榜单' })
  challenges(@Query() q: ChallengeSearchQueryDto, @OptionalUser() user: Principal | undefined) {
    return this.run('challenge', q, user);
  }

  @GetRoute('synonyms', [SynonymGroupViewDto], { policy: 'search.synonyms.read', summary: '同义词表' })
  listSynonyms() {
    return this.synonyms.list();
  }

  @PutRoute('synonyms', [SynonymGroupViewDto], {
    policy: 'search.synonyms.update',
    summary: '替换同义词表（平台管理员）；经发件箱同步到搜索引擎',
  })
  @ApiBearerAuth()
  replaceSynonyms(@Body() b: ReplaceSynonymsDto, @CurrentUser() user: Principal) {
    return this.synonyms.replace(user, b.groups);
  }
}
