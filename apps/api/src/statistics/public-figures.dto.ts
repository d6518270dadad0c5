import { IsBoolean } from 'class-validator';
import { field, RegionCodeField } from '../dto-fields.js';

export class PublicRegionParamDto {
  @RegionCodeField({ example: '340600' })
  regionCode: string;
}

export class PublicSettingDto {
  @field({ description: '是否向社会公开本地区的科技成果转化指标（汇总数据，不含单个合同）' }, (name) => [
    IsBoolean({ message: `${name} 必须是 true 或 false` }),
  ])
  published: boolean;
}
