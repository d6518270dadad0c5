import { IsInt, IsOptional, Matches, Max, Min, ValidateIf } from 'class-validator';
import { Type } from 'class-transformer';
import { OneOfField, RegionCodeField, TextField, VersionField, field } from '../dto-fields.js';

const UNITS = ['yuan', 'count', 'percent'] as const;
const COMPARISONS = ['gt', 'gte', 'eq'] as const;
const ACCUMULATIONS = ['annual', 'cumulative', 'level'] as const;
const DECIMAL = /^-?\d{1,17}(\.\d{1,2})?$/;

const Year = (doc: { example?: number; description?: string; optional?: boolean; nullable?: boolean }) =>
  field({ type: 'integer', ...doc }, (name) => [
    ...(doc.nullable ? [ValidateIf((_o, v) => v !== null)] : []),
    IsInt({ message: `${name} 必须是整数年份` }),
    Min(2000, { message: `${name} 不能早于 2000 年` }),
    Max(2100, { message: `${name} 不能晚于 2100 年` }),
  ]);

export class CreateTargetPlanDto {
  @RegionCodeField({ example: '340600', description: '规划所属地区（本辖区内）' })
  regionCode: string;

  @TextField({ example: '淮北市加快科技成果转移转化行动方案（2026—2028年）', chars: 'line' }, 1, 200)
  title: string;

  @TextField({ example: '淮政办〔2026〕12号', description: '文号或发文', chars: 'line' }, 1, 200)
  document: string;

  @Year({ example: 2026 })
  fromYear: number;

  @Year({ example: 2028 })
  toYear: number;
}

export class CreateTargetDto {
  @field({ example: 'achievements_converted', description: '指标代码' }, (name) => [
    Matches(/^[a-z][a-z0-9_]{0,63}$/, { message: `${name} 只能含小写字母、数字和下划线` }),
  ])
  indicatorCode: string;

  @TextField({ example: '累计转化科技成果数量(累计)', chars: 'line' }, 1, 200)
  indicatorName: string;

  @Year({ example: 2028 })
  targetYear: number;

  @Year({ example: 2026, optional: true, description: '起算年份（累计、水平类目标；默认目标年份）' })
  fromYear?: number;

  @OneOfField(
    { enum: ACCUMULATIONS, example: 'cumulative' },
    ACCUMULATIONS,
    'accumulation 必须是 annual、cumulative 或 level',
  )
  accumulation: (typeof ACCUMULATIONS)[number];

  @field({ example: '400', description: '目标值（元、个数或百分比，至多两位小数）' }, (name) => [
    Matches(DECIMAL, { message: `${name} 必须是至多两位小数的数字` }),
  ])
  value: string;

  @OneOfField({ enum: UNITS, example: 'count' }, UNITS, 'unit 必须是 yuan、count 或 percent')
  unit: (typeof UNITS)[number];

  @OneOfField({ enum: COMPARISONS, example: 'gte' }, COMPARISONS, 'comparison 必须是 gt、gte 或 eq')
  comparison: (typeof COMPARISONS)[number];

  @Year({ example: 2025, optional: true, description: '“翻番”类目标的基数年份' })
  baseYear?: number;

  @TextField({ example: '累计转化科技成果400项以上', optional: true, description: '规划原文' }, 500)
  sourceQuote?: string;
}

export class ReviseTargetDto {
  @VersionField({ description: '读取时的版本号' })
  version: number;

  @field({ example: '350', optional: true }, (name) => [
    Matches(DECIMAL, { message: `${name} 必须是至多两位小数的数字` }),
  ])
  value?: string;

  @OneOfField({ enum: COMPARISONS, optional: true }, COMPARISONS, 'comparison 必须是 gt、gte 或 eq')
  comparison?: (typeof COMPARISONS)[number];

  @Year({ optional: true })
  targetYear?: number;

  @Year({ optional: true })
  fromYear?: number;

  @OneOfField({ enum: ACCUMULATIONS, optional: true }, ACCUMULATIONS, 'accumulation 必须是 annual、cumulative 或 level')
  accumulation?: (typeof ACCUMULATIONS)[number];

  @Year({ optional: true, nullable: true })
  baseYear?: number | null;

  @TextField({ example: '市政府常务会议调整目标' }, 1, 500)
  @Matches(/\S/, { message: 'reason 不能为空白' })
  reason: string;
}

export class TargetPlanIdParamDto {
  @field({ example: 1 }, (name) => [
    Type(() => Number),
    IsInt({ message: `${name} 必须是整数` }),
    Min(1),
    Max(2_147_483_647),
  ])
  id: number;
}

export class TargetPlanListQueryDto {
  @RegionCodeField({ example: '340600', optional: true })
  @IsOptional()
  region?: string;
}
