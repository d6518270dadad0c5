import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import {
  GROUP_BYS,
  PERIOD_FORMAT,
  PERSPECTIVES,
  type GroupBy,
  type Perspective,
} from '../../../../libs/statistics/src/index.js';
import { CalendarDateField, OneOfField, RegionCodeField } from '../dto-fields.js';
// Shape only; the statistics lib checks ranges (year 2000–2100, ytd not in the future) with
// its own code STATS_PERIOD_INVALID.
const PERIOD_SHAPE = /^\d{4}((-(Q[1-4]|q[1-4]|0[1-9]|1[0-2]|ytd|YTD))|\.\.\d{4})?$/;
const PERIOD_MESSAGE = `period 必须是 ${PERIOD_FORMAT}，例如 2025、2025-Q3、2025-07、2025-ytd、2021..2025`;
const FORMATS = ['xlsx', 'csv'] as const;
const PERSPECTIVE_MESSAGE = `perspective 必须是 ${PERSPECTIVES.join('、')} 之一`;

/** The required 口径 of a figure. */
const PerspectiveField = () =>
  OneOfField(
    {
      enum: PERSPECTIVES,
      description: '口径：absorption 吸纳（买方所在地）、output 输出（卖方）、registered 登记（登记机构）',
    },
    PERSPECTIVES,
    PERSPECTIVE_MESSAGE,
  );
const GROUP_BY_MESSAGE = `groupBy 必须是 ${GROUP_BYS.join('、')} 之一`;
const FORMAT_MESSAGE = 'format 必须是 xlsx 或 csv';

/** A lib's own figures (vouchers, loans) for a region subtree and one of the statistics' periods. */
export class RegionPeriodQueryDto {
  @RegionCodeField({ description: '行政区划代码；科技局默认本地区', example: '340600', optional: true })
  region?: string;

  @ApiProperty({ description: `统计期间：${PERIOD_FORMAT}`, example: '2026' })
  @MaxLength(16)
  @Matches(PERIOD_SHAPE, { message: PERIOD_MESSAGE })
  period: string;
}

export class RegionPeriodExportQueryDto extends RegionPeriodQueryDto {
  @OneOfField({ enum: FORMATS, default: 'xlsx', optional: true }, FORMATS, FORMAT_MESSAGE)
  format?: (typeof FORMATS)[number];
}

export class StatsRegionPeriodQueryDto {
  @RegionCodeField({
    description: '行政区划代码；科技局默认本地区，平台管理员默认全国',
    example: '340600',
    optional: true,
  })
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

export class StatsRoutesQueryDto extends StatsRegionPeriodQueryDto {
  @PerspectiveField()
  perspective: Perspective;
}

export class StatsSummaryQueryDto extends StatsFilterQueryDto {
  @PerspectiveField()
  perspective: Perspective;

  @OneOfField({ enum: GROUP_BYS, default: 'child-region', optional: true }, GROUP_BYS, GROUP_BY_MESSAGE)
  groupBy?: GroupBy;
}

export class StatsSummaryExportQueryDto extends StatsFilterQueryDto {
  @OneOfField(
    { enum: PERSPECTIVES, description: '不填时三种口径并列', optional: true },
    PERSPECTIVES,
    PERSPECTIVE_MESSAGE,
  )
  perspective?: Perspective;

  @OneOfField({ enum: GROUP_BYS, default: 'child-region', optional: true }, GROUP_BYS, GROUP_BY_MESSAGE)
  groupBy?: GroupBy;

  @OneOfField({ enum: FORMATS, default: 'xlsx', optional: true }, FORMATS, FORMAT_MESSAGE)
  format?: (typeof FORMATS)[number];
}

export class StatsContractsExportQueryDto extends StatsFilterQueryDto {
  @OneOfField({ enum: PERSPECTIVES, description: '按哪一方所在地选取合同' }, PERSPECTIVES, PERSPECTIVE_MESSAGE)
  perspective: Perspective;

  @OneOfField({ enum: FORMATS, default: 'xlsx', optional: true }, FORMATS, FORMAT_MESSAGE)
  format?: (typeof FORMATS)[number];
}

export class StatsTargetsQueryDto {
  @RegionCodeField({ description: '行政区划代码；科技局默认本地区', example: '340600', optional: true })
  region?: string;

  @CalendarDateField({
    description: '按该日期计算进度（YYYY-MM-DD，中国日期），默认今天',
    example: '2025-12-31',
    optional: true,
  })
  asOf?: string;
}
