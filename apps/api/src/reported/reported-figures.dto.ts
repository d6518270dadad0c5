import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBase64,
  IsDefined,
  IsInt,
  IsObject,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { IntQueryField, OneOfField, RegionCodeField, TextField, field } from '../dto-fields.js';

const UNITS = ['yuan', 'count', 'percent'] as const;
const STATUSES = ['pending', 'approved', 'superseded'] as const;
const INDICATOR_CODE = /^[a-z][a-z0-9_]{0,63}$/;
const DECIMAL = /^-?\d{1,17}(\.\d{1,2})?$/;

export class ReportedAttachmentDto {
  @TextField({ example: '2025年国有企业研发投入统计表.pdf', chars: 'line' }, 1, 200)
  fileName: string;

  @ApiProperty({ description: '文件内容（Base64），解码后不超过 64 KB' })
  @IsDefined({ message: 'contentBase64 必填' })
  @MaxLength(90_000, { message: 'contentBase64 过长：附件不能超过 64 KB' })
  @IsBase64(undefined, { message: 'contentBase64 必须是 Base64 编码' })
  contentBase64: string;
}

export class CreateReportedFigureDto {
  @RegionCodeField({ example: '340600', description: '填报地区（本辖区内）' })
  regionCode: string;

  @field({ example: 'soe_rd_intensity', description: '指标代码（规划目标的指标）' }, (name) => [
    Matches(INDICATOR_CODE, { message: `${name} 不合法` }),
  ])
  indicatorCode: string;

  @field({ example: 2025, description: '年度（不能晚于当前年度）' }, (name) => [
    IsInt({ message: `${name} 必须是整数年份` }),
    Min(2000, { message: `${name} 不能早于 2000 年` }),
    Max(2100, { message: `${name} 不能晚于 2100 年` }),
  ])
  year: number;

  @field({ example: '3.6', description: '数值（与指标单位一致：元、个数或百分比，至多两位小数）' }, (name) => [
    Matches(DECIMAL, { message: `${name} 必须是至多两位小数的数字` }),
  ])
  value: string;

  @OneOfField({ example: 'percent', enum: UNITS }, UNITS, 'unit 必须是 yuan、count 或 percent')
  unit: (typeof UNITS)[number];

  @TextField({ example: '淮北市2025年国有企业经营情况统计公报', chars: 'line' }, 1, 300)
  sourceDocument: string;

  @TextField({ example: '市国资委', chars: 'line' }, 1, 100)
  sourceDepartment: string;

  @TextField({ example: '统计局更正数据', optional: true, description: '修改已审核的数据时必填' }, 500)
  reason?: string;

  @ApiProperty({ type: ReportedAttachmentDto, required: false, description: '附件（可选）' })
  @IsOptional()
  @IsObject({ message: 'attachment 必须是对象' })
  @ValidateNested()
  @Type(() => ReportedAttachmentDto)
  attachment?: ReportedAttachmentDto;
}

export class ReportedFigureIdParamDto {
  @field({ format: 'uuid' }, (name) => [Matches(/^[0-9a-f-]{36}$/i, { message: `${name} 必须是 UUID` })])
  id: string;
}

export class ReportedFigureListQueryDto extends PageQueryDto {
  @RegionCodeField({ example: '340600', optional: true, description: '地区（默认本辖区）' })
  region?: string;

  @field({ example: 'soe_rd_intensity', optional: true }, (name) => [
    Matches(INDICATOR_CODE, { message: `${name} 不合法` }),
  ])
  indicator?: string;

  @IntQueryField({ example: 2025, optional: true }, 2000, 2100, 'year 必须是 2000 到 2100 的整数')
  year?: number;

  @OneOfField({ enum: STATUSES, optional: true }, STATUSES, 'status 必须是 pending、approved 或 superseded')
  status?: (typeof STATUSES)[number];
}
