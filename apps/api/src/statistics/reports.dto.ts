import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';
import {
  REPORT_BASES,
  REPORT_FORMATS,
  type ReportBasis,
  type ReportFormat,
} from '../../../../libs/statistics/src/index.js';
import { OneOfField, RegionCodeField } from '../dto-fields.js';

const BASIS_MESSAGE = 'basis 必须是 reported（按报送口径）或 amended（按最新更正）';
const FORMAT_MESSAGE = 'format 必须是 xlsx 或 pdf';

class ReportQueryBaseDto {
  @RegionCodeField({
    description: '行政区划代码（本辖区内任一地区）；科技局默认本地区，平台管理员默认全国',
    example: '340600',
    optional: true,
  })
  region?: string;

  @OneOfField(
    {
      enum: REPORT_BASES,
      default: 'reported',
      optional: true,
      description: 'reported：按报送口径（期末后首次生成时定稿，之后的变更、撤销不计入）；amended：按最新更正',
    },
    REPORT_BASES,
    BASIS_MESSAGE,
  )
  basis?: ReportBasis;
}

export class QuarterlyReportQueryDto extends ReportQueryBaseDto {
  @ApiProperty({ description: '季度：YYYY-Qn', example: '2025-Q3' })
  @MaxLength(8)
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'period 必须是季度，例如 2025-Q3' })
  period: string;
}

export class AnnualReportQueryDto extends ReportQueryBaseDto {
  @ApiProperty({ description: '年度：YYYY', example: '2025' })
  @MaxLength(4)
  @Matches(/^\d{4}$/, { message: 'period 必须是年份，例如 2025' })
  period: string;
}

export class QuarterlyReportExportQueryDto extends QuarterlyReportQueryDto {
  @OneOfField({ enum: REPORT_FORMATS, default: 'xlsx', optional: true }, REPORT_FORMATS, FORMAT_MESSAGE)
  format?: ReportFormat;
}

export class AnnualReportExportQueryDto extends AnnualReportQueryDto {
  @OneOfField({ enum: REPORT_FORMATS, default: 'xlsx', optional: true }, REPORT_FORMATS, FORMAT_MESSAGE)
  format?: ReportFormat;
}
