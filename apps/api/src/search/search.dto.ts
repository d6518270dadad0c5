import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
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

/** `a=1&a=2` and `a=1,2` both become ['1', '2']. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
        .map((v) => (typeof v === 'string' ? v.trim() : v));

export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: '关键词（最多 200 字；超过 10 个词时保留最有信息量的 10 个）',
    example: '锂电池 回收',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'q 最多 200 个字符' })
  @Matches(/^[^\p{Cc}]*$/u, { message: 'q 不能包含控制字符' })
  q?: string;

  @ApiPropertyOptional({ description: '技术领域代码，可多选', type: [String], example: ['06'] })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(11)
  @Matches(/^\d{2}$/, { each: true, message: 'techField 必须是 2 位数字的技术领域代码' })
  techField?: string[];

  @ApiPropertyOptional({ description: '地区（含下级）', example: '341600' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'region 必须是 6 位数字的行政区划代码' })
  region?: string;

  @ApiPropertyOptional({ description: '单位类型，可多选', enum: ORG_TYPES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(ORG_TYPES.length)
  @IsIn(ORG_TYPES, { each: true, message: 'orgType 取值不合法' })
  orgType?: string[];

  @ApiPropertyOptional({ description: '价格/预算上限/奖励下限（分）', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'priceMin 必须是整数（分）' })
  @Min(0, { message: 'priceMin 不能为负数' })
  @Max(MAX_FEN, { message: 'priceMin 超出范围' })
  priceMin?: number;

  @ApiPropertyOptional({ description: '价格/预算上限/奖励上限（分）', minimum: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'priceMax 必须是整数（分）' })
  @Min(0, { message: 'priceMax 不能为负数' })
  @Max(MAX_FEN, { message: 'priceMax 超出范围' })
  priceMax?: number;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;
}

export class NeedSearchQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(COOPERATION_MODES.length)
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationMode?: string[];
}

export class AchievementSearchQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: '技术成熟度下限' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trlMin 必须是 1 到 9 的整数' })
  @Min(1, { message: 'trlMin 必须是 1 到 9 的整数' })
  @Max(9, { message: 'trlMin 必须是 1 到 9 的整数' })
  trlMin?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: '技术成熟度上限' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trlMax 必须是 1 到 9 的整数' })
  @Min(1, { message: 'trlMax 必须是 1 到 9 的整数' })
  @Max(9, { message: 'trlMax 必须是 1 到 9 的整数' })
  trlMax?: number;

  @ApiPropertyOptional({ enum: TRANSFER_MODES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(TRANSFER_MODES.length)
  @IsIn(TRANSFER_MODES, { each: true })
  transferMode?: string[];

  @ApiPropertyOptional({ enum: ACHIEVEMENT_TYPES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(ACHIEVEMENT_TYPES.length)
  @IsIn(ACHIEVEMENT_TYPES, { each: true })
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
  @Matches(/^[^\p{Cc}]*$/u, { each: true })
  terms: string[];

  @ApiPropertyOptional({ example: '简称/全称' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  note?: string;
}

export class ReplaceSynonymsDto {
  @ApiProperty({ type: [SynonymGroupDto] })
  @ArrayMaxSize(2000)
  @NestedObjectArray(() => SynonymGroupDto)
  groups: SynonymGroupDto[];
}
