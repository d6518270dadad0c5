import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

const REGION_CODE = /^\d{6}$/;
const REGION_MESSAGE = '必须是 6 位数字的行政区划代码';

export class RegionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '上级行政区划代码；不填时返回省级', example: '341600' })
  @IsOptional()
  @Matches(REGION_CODE, { message: `parent ${REGION_MESSAGE}` })
  parent?: string;
}

export class RegionCodeParamDto {
  @ApiProperty({ example: '341623' })
  @Matches(REGION_CODE, { message: `code ${REGION_MESSAGE}` })
  code: string;
}

export class AtDateQueryDto {
  @ApiPropertyOptional({ description: '按该日期有效的规则（YYYY-MM-DD），默认今天', example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'at 必须是 YYYY-MM-DD 格式的日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'at 必须是 YYYY-MM-DD 格式的日期' })
  at?: string;
}

export class TargetQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '行政区划代码', example: '340600' })
  @IsOptional()
  @Matches(REGION_CODE, { message: `region ${REGION_MESSAGE}` })
  region?: string;

  @ApiPropertyOptional({ description: '是否包含下级地区的目标', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeDescendants 必须是 true 或 false' })
  includeDescendants?: boolean;
}
