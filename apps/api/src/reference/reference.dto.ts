import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { BooleanQueryField, CalendarDateField, RegionCodeField } from '../dto-fields.js';

export class RegionListQueryDto extends PageQueryDto {
  @RegionCodeField({ description: '上级行政区划代码；不填时返回省级', example: '341600', optional: true })
  parent?: string;
}

export class RegionCodeParamDto {
  @RegionCodeField({ example: '341623' })
  code: string;
}

export class AtDateQueryDto {
  @CalendarDateField({
    description: '按该日期有效的规则（YYYY-MM-DD），默认今天',
    example: '2026-01-01',
    optional: true,
  })
  at?: string;
}

export class TargetQueryDto extends PageQueryDto {
  @RegionCodeField({ description: '行政区划代码', example: '340600', optional: true })
  region?: string;

  @BooleanQueryField({ description: '是否包含下级地区的目标', default: false, optional: true })
  includeDescendants?: boolean;
}
