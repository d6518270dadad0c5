import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import {
  ACHIEVEMENT_TYPES,
  COOPERATION_MODES,
  MAX_FEN,
  SEARCH_SORTS,
  TRANSFER_MODES,
  type SearchSort,
} from '../../../../libs/listings/src/index.js';
import { ORG_TYPES } from '../../../../libs/shared/auth/index.js';
import { NestedObjectArray, PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  field,
  ListQueryField,
  OneOfField,
  PLAIN_LINE,
  RegionCodeField,
  TechFieldsQueryField,
  TextField,
  TrlQueryField,
} from '../dto-fields.js';

/** An amount in fen of a query string, every refusal naming the field. */
const fenQueryField = (description: string) =>
  field({ description, minimum: 0, optional: true }, (name) => [
    Type(() => Number),
    IsInt({ message: `${name} 必须是整数（分）` }),
    Min(0, { message: `${name} 不能为负数` }),
    Max(MAX_FEN, { message: `${name} 超出范围` }),
  ]);

export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: '关键词（最多 200 字；超过 10 个词时保留最有信息量的 10 个）',
    example: '锂电池 回收',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q 最多 200 个字符' })
  @Matches(PLAIN_LINE, { message: 'q 不能包含控制字符' })
  q?: string;

  @TechFieldsQueryField()
  techField?: string[];

  @RegionCodeField({ description: '地区（含下级）', example: '341600', optional: true })
  region?: string;

  @ListQueryField(
    { description: '单位类型，可多选', enum: ORG_TYPES, isArray: true, optional: true },
    ORG_TYPES,
    'orgType 取值不合法',
  )
  orgType?: string[];

  @fenQueryField('价格/预算上限/奖励下限（分）')
  priceMin?: number;

  @fenQueryField('价格/预算上限/奖励上限（分）')
  priceMax?: number;

  @OneOfField({ enum: SEARCH_SORTS, default: 'relevance', optional: true }, SEARCH_SORTS)
  sort?: SearchSort;
}

export class NeedSearchQueryDto extends SearchQueryDto {
  @ListQueryField({ enum: COOPERATION_MODES, isArray: true, optional: true }, COOPERATION_MODES)
  cooperationMode?: string[];
}

export class AchievementSearchQueryDto extends SearchQueryDto {
  @TrlQueryField({ minimum: 1, maximum: 9, description: '技术成熟度下限', optional: true })
  trlMin?: number;

  @TrlQueryField({ minimum: 1, maximum: 9, description: '技术成熟度上限', optional: true })
  trlMax?: number;

  @ListQueryField({ enum: TRANSFER_MODES, isArray: true, optional: true }, TRANSFER_MODES)
  transferMode?: string[];

  @ListQueryField({ enum: ACHIEVEMENT_TYPES, isArray: true, optional: true }, ACHIEVEMENT_TYPES)
  achievementType?: string[];
}

export class ChallengeSearchQueryDto extends SearchQueryDto {}

class SynonymGroupDto {
  @ApiProperty({ type: [String], example: ['锂电池', '锂离子电池'] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(30, { each: true })
  @Matches(PLAIN_LINE, { each: true })
  terms: string[];

  @TextField({ example: '简称/全称', optional: true }, 100)
  note?: string;
}

export class ReplaceSynonymsDto {
  @ApiProperty({ type: [SynonymGroupDto] })
  @ArrayMaxSize(2000)
  @NestedObjectArray(() => SynonymGroupDto)
  groups: SynonymGroupDto[];
}
