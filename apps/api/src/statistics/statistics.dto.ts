import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';
import {
  GROUP_BYS,
  PERIOD_FORMAT,
  PERSPECTIVES,
  type GroupBy,
  type Perspective,
} from '../../../../libs/statistics/src/index.js';

const REGION_CODE = /^\d{6}$/;
const REGION_MESSAGE = 'region 必须是 6 位数字的行政区划代码';
// Shape only; the statistics lib checks ranges (year 2000–2100, ytd not in the future) with
// its own code STATS_PERIOD_INVALID.
const PERIOD_SHAPE = /^\d{4}((-(Q[1-4]|q[1-4]|0[1-9]|1[0-2]|ytd|YTD))|\.\.\d{4})?$/;
const PERIOD_MESSAGE = `period 必须是 ${PERIOD_FORMAT}，例如 2025、2025-Q3、2025-07、2025-ytd、2021..2025`;
const FORMATS = ['xlsx', 'csv'] as const;

export class StatsRegionPeriodQueryDto {
  @ApiPropertyOptional({ description: '行政区划代码；科技局默认本地区，平台管理员默认全国', example: '340600' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  region?: string;

  @ApiProperty({ description: `统计期间（按认定登记日期）：${PERIOD_FORMAT}`, example: '2025-Q3' })
  @MaxLength(16)
  @Matches(PERIOD_SHAPE, { message: PERIOD_MESSAGE })
  period: string;
}

export class StatsFilterQueryDto extends StatsRegionPeriodQueryDto {
  @ApiPropertyOptional({ description: '合同类型代码', example: 'development' })
  @IsOptional()
  @Matches(/^[a-z_]{1,48}$/, { message: 'contractType 不合法' })
  contractType?: string;

  @ApiPropertyOptional({ description: '合同子类型代码', example: 'development.commissioned' })
  @IsOptional()
  @Matches(/^[a-z_]{1,24}\.[a-z_]{1,24}$/, { message: 'contractSubtype 不合法' })
  contractSubtype?: string;

  @ApiPropertyOptional({ description: '技术领域代码', example: '01' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'techField 必须是两位数字' })
  techField?: string;
}

export class StatsSummaryQueryDto extends StatsFilterQueryDto {
  @ApiProperty({
    enum: PERSPECTIVES,
    description: '口径：absorption 吸纳（买方所在地）、output 输出（卖方）、registered 登记（登记机构）',
  })
  @IsIn(PERSPECTIVES as Perspective[], { message: `perspective 必须是 ${PERSPECTIVES.join('、')} 之一` })
  perspective: Perspective;

  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'child-region' })
  @IsOptional()
  @IsIn(GROUP_BYS as GroupBy[], { message: `groupBy 必须是 ${GROUP_BYS.join('、')} 之一` })
  groupBy?: GroupBy;
}

export class StatsSummaryExportQueryDto extends StatsFilterQueryDto {
  @ApiPropertyOptional({ enum: PERSPECTIVES, description: '不填时三种口径并列' })
  @IsOptional()
  @IsIn(PERSPECTIVES as Perspective[], { message: `perspective 必须是 ${PERSPECTIVES.join('、')} 之一` })
  perspective?: Perspective;

  @ApiPropertyOptional({ enum: GROUP_BYS, default: 'child-region' })
  @IsOptional()
  @IsIn(GROUP_BYS as GroupBy[], { message: `groupBy 必须是 ${GROUP_BYS.join('、')} 之一` })
  groupBy?: GroupBy;

  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS as unknown as string[], { message: 'format 必须是 xlsx 或 csv' })
  format?: (typeof FORMATS)[number];
}

export class StatsContractsExportQueryDto extends StatsFilterQueryDto {
  @ApiProperty({ enum: PERSPECTIVES, description: '按哪一方所在地选取合同' })
  @IsIn(PERSPECTIVES as Perspective[], { message: `perspective 必须是 ${PERSPECTIVES.join('、')} 之一` })
  perspective: Perspective;

  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx' })
  @IsOptional()
  @IsIn(FORMATS as unknown as string[], { message: 'format 必须是 xlsx 或 csv' })
  format?: (typeof FORMATS)[number];
}

export class StatsTargetsQueryDto {
  @ApiPropertyOptional({ description: '行政区划代码；科技局默认本地区', example: '340600' })
  @IsOptional()
  @Matches(REGION_CODE, { message: REGION_MESSAGE })
  region?: string;

  @ApiPropertyOptional({ description: '按该日期计算进度（YYYY-MM-DD，中国日期），默认今天', example: '2025-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf 必须是 YYYY-MM-DD 格式的日期' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf 必须是 YYYY-MM-DD 格式的日期' })
  asOf?: string;
}
