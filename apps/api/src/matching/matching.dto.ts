import { TRANSFER_MODES } from '../../../../libs/listings/src/index.js';
import {
  IntQueryField,
  ListQueryField,
  RegionCodeField,
  TechFieldsQueryField,
  TrlQueryField,
  IdParam,
} from '../dto-fields.js';

export class MatchIdParamDto extends IdParam() {}

export class MatchQueryDto {
  @TechFieldsQueryField()
  techField?: string[];

  @RegionCodeField({ description: '地区（含下级）', example: '341600', optional: true })
  region?: string;

  @TrlQueryField({ minimum: 1, maximum: 9, description: '技术成熟度下限（仅对成果）', optional: true })
  trlMin?: number;

  @TrlQueryField({ minimum: 1, maximum: 9, description: '技术成熟度上限（仅对成果）', optional: true })
  trlMax?: number;

  @ListQueryField(
    { description: '转化方式，可多选（仅对成果）', enum: TRANSFER_MODES, isArray: true, optional: true },
    TRANSFER_MODES,
    'transferMode 取值不合法',
  )
  transferMode?: (typeof TRANSFER_MODES)[number][];

  @IntQueryField({ minimum: 1, maximum: 50, default: 10, optional: true }, 1, 50, 'limit 必须是 1 到 50 的整数')
  limit?: number;
}
