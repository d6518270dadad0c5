import { IsOptional, Matches } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { REGISTRY_KINDS } from '../../../../libs/registries/src/index.js';
import { REGISTRY_MEASURES } from '../../../../libs/statistics/src/index.js';
import {
  CalendarDateField,
  OneOfField,
  PLAIN_LINE,
  RegionCodeField,
  TextField,
  field,
  IdParam,
} from '../dto-fields.js';

/** The registry kinds are the registry measures of the plans' indicator catalogue. */
const KINDS = REGISTRY_MEASURES;
type Kind = (typeof KINDS)[number];
// Users read this next to the field: the kinds' names, never their codes.
const KIND_MESSAGE = `kind 必须是以下类别之一：${KINDS.map((k) => REGISTRY_KINDS[k].name).join('、')}`;

export class CreateRegistryEntryDto {
  @OneOfField({ enum: KINDS, example: 'high_tech_enterprise' }, KINDS, KIND_MESSAGE)
  kind: Kind;

  @RegionCodeField({ example: '340602', description: '所在地区（科技特派员：派驻的县区；本辖区内）' })
  regionCode: string;

  @TextField(
    { example: '淮北矿业新材料科技有限公司', description: '企业、基地、平台名称或特派员姓名', chars: 'line' },
    1,
    200,
  )
  name: string;

  @field({ example: '91340600MA2N0A0B1C', optional: true, description: '统一社会信用代码（企业）' }, (name) => [
    Matches(/^[0-9A-Z]{18}$/, { message: `${name} 必须是 18 位统一社会信用代码` }),
  ])
  creditCode?: string;

  @TextField(
    {
      example: 'GR202434000123',
      optional: true,
      description: '证书编号（高新技术企业）或入库登记编号（科技型中小企业）',
    },
    1,
    40,
  )
  @IsOptional()
  @Matches(/^[0-9A-Za-z-]+$/, { message: 'certificateNo 只能含字母、数字和连字符' })
  certificateNo?: string;

  @CalendarDateField({ example: '2024-11-20', description: '认定、入库、建成或派出日期' })
  recognisedOn: string;

  @CalendarDateField({
    example: '2027-11-19',
    optional: true,
    description: '有效期截止日（默认：高企 3 年，科小 1 年）',
  })
  validUntil?: string;

  @TextField(
    { example: '西畴县兴街镇', optional: true, description: '服务的县（市、区）或企业（科技特派员、特派团）' },
    1,
    200,
  )
  @IsOptional()
  @Matches(PLAIN_LINE, { message: 'host 不能含控制字符' })
  host?: string;
}

export class RegistryListQueryDto extends PageQueryDto {
  @RegionCodeField({ example: '340600', optional: true, description: '地区（默认本辖区）' })
  region?: string;

  @OneOfField({ enum: KINDS, optional: true }, KINDS, KIND_MESSAGE)
  kind?: Kind;
}

export class RegistryEntryIdParamDto extends IdParam() {}

export class WithdrawRegistryEntryDto {
  @TextField({ example: '证书编号录入错误，已重新登记', description: '撤销原因', chars: 'line' }, 2, 500)
  reason: string;
}
