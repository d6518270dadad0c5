import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { TRANSFER_MODES } from '../../../../libs/listings/src/index.js';

/** `a=1&a=2` and `a=1,2` both become ['1', '2']. */
const toList = ({ value }: { value: unknown }) =>
  value === undefined
    ? undefined
    : (Array.isArray(value) ? value : [value])
        .flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]))
        .map((v) => (typeof v === 'string' ? v.trim() : v));

export class MatchIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id 必须是 UUID' })
  id: string;
}

export class MatchQueryDto {
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

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: '技术成熟度下限（仅对成果）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trlMin 必须是 1 到 9 的整数' })
  @Min(1, { message: 'trlMin 必须是 1 到 9 的整数' })
  @Max(9, { message: 'trlMin 必须是 1 到 9 的整数' })
  trlMin?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 9, description: '技术成熟度上限（仅对成果）' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trlMax 必须是 1 到 9 的整数' })
  @Min(1, { message: 'trlMax 必须是 1 到 9 的整数' })
  @Max(9, { message: 'trlMax 必须是 1 到 9 的整数' })
  trlMax?: number;

  @ApiPropertyOptional({ description: '转化方式，可多选（仅对成果）', enum: TRANSFER_MODES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(TRANSFER_MODES.length)
  @IsIn(TRANSFER_MODES, { each: true, message: 'transferMode 取值不合法' })
  transferMode?: (typeof TRANSFER_MODES)[number][];

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit 必须是 1 到 50 的整数' })
  @Min(1, { message: 'limit 必须是 1 到 50 的整数' })
  @Max(50, { message: 'limit 必须是 1 到 50 的整数' })
  limit?: number;
}
