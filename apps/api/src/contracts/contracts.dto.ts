import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsDefined, IsInt, IsNumber, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CONTRACT_STATUSES, type ContractStatus } from '../../../../libs/contracts/src/index.js';
import { NestedObject, PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  BooleanQueryField,
  DateField,
  field,
  IntQueryField,
  OneOfField,
  RegionCodeField,
  TextField,
  UuidField,
  VersionField,
  IdParam,
} from '../dto-fields.js';

const FEN_DOC = '以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）';
const optionalUuid = (doc: { description?: string } = {}) => field({ ...doc, optional: true }, () => [IsUUID()]);

export class ContractPartyDto {
  @optionalUuid({ description: '平台上的机构 id；卖方缺省为本机构' })
  orgId?: string;

  @TextField(
    { description: '机构名称（未在平台注册的机构必填；平台机构以登记信息为准，不必填写）', optional: true },
    1,
    200,
  )
  name?: string;

  @TextField(
    {
      description: '统一社会信用代码（未在平台注册的机构必填，校验末位校验码；平台机构以登记信息为准）',
      example: '91340600MA2N1A2B3C',
      optional: true,
    },
    1,
    40,
  )
  creditCode?: string;

  @RegionCodeField({
    description: '所在地区行政区划代码（未在平台注册的机构必填；平台机构以登记信息为准）',
    example: '340602',
    optional: true,
  })
  regionCode?: string;
}

export class BenefitDto {
  @ApiPropertyOptional({ description: '科研团队收益比例（%）', example: 70 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  teamPercent?: number;

  @ApiPropertyOptional({ description: '技术转移人员收益比例（%）', example: 5 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  staffPercent?: number;
}

export class CreateContractDto {
  @TextField({ example: '锂电池正极材料技术转让合同' }, 2, 200)
  title: string;

  @TextField({ description: '合同类型（可省略，由子类型确定）', example: 'transfer', optional: true }, 48)
  contractTypeCode?: string;

  @TextField({ description: '合同子类型，按签订日期有效的代码表', example: 'transfer.patent' }, 48)
  contractSubtypeCode: string;

  @TextField({ description: '技术领域代码', example: '05' }, 16)
  techFieldCode: string;

  @ApiProperty({ type: ContractPartyDto })
  @NestedObject(() => ContractPartyDto)
  seller: ContractPartyDto;

  @ApiProperty({ type: ContractPartyDto })
  @NestedObject(() => ContractPartyDto)
  buyer: ContractPartyDto;

  @ApiPropertyOptional({ type: ContractPartyDto, description: '中介方；由对接项目生成时缺省为经纪机构' })
  @IsOptional()
  @NestedObject(() => ContractPartyDto)
  intermediary?: ContractPartyDto;

  @ApiProperty({ description: `合同成交额，${FEN_DOC}`, type: String, example: '50000000' })
  @IsDefined()
  contractAmountFen: string | number;

  @ApiProperty({ description: `技术交易额（≤ 合同成交额），${FEN_DOC}`, type: String, example: '45000000' })
  @IsDefined()
  techAmountFen: string | number;

  @DateField({ example: '2025-06-18' })
  signedOn: string;

  @DateField({ example: '2025-07-01', optional: true })
  termStart?: string;

  @DateField({ example: '2027-06-30', optional: true })
  termEnd?: string;

  @ApiPropertyOptional({ description: '是否协议定价（高校、院所的转让/许可须公示 15 日）', default: false })
  @IsOptional()
  @IsBoolean()
  negotiatedPrice?: boolean;

  @ApiPropertyOptional({ type: BenefitDto })
  @IsOptional()
  @NestedObject(() => BenefitDto)
  benefit?: BenefitDto;

  @optionalUuid({ description: '来源对接项目（须已签约）' })
  dealId?: string;

  @optionalUuid()
  achievementId?: string;

  @optionalUuid()
  needId?: string;
}

export class UpdateContractDto extends PartialType(CreateContractDto) {
  @VersionField({ description: '乐观锁版本号' })
  version: number;
}

export class ContractVersionDto {
  @VersionField()
  version: number;
}

export class CertifyDto {
  @VersionField({ description: '乐观锁版本号', optional: true })
  version?: number;

  @ApiPropertyOptional({ description: `核定合同成交额，缺省为申报额；${FEN_DOC}`, type: String })
  @IsOptional()
  approvedContractAmountFen?: string | number;

  @ApiPropertyOptional({ description: `核定技术交易额，缺省为申报额；${FEN_DOC}`, type: String })
  @IsOptional()
  approvedTechAmountFen?: string | number;

  @TextField({ optional: true }, 2000)
  comment?: string;
}

export class RejectContractDto {
  @VersionField({ optional: true })
  version?: number;

  @TextField({ description: '不予登记理由代码', example: 'incomplete_content' }, 48)
  reasonCode: string;

  @TextField({ optional: true }, 2000)
  comment?: string;
}

export class AmendDto {
  @DateField({ example: '2025-09-01' })
  effectiveDate: string;

  @ApiProperty({ description: `变更后的合同成交额，${FEN_DOC}`, type: String })
  @IsDefined()
  contractAmountFen: string | number;

  @ApiProperty({ description: `变更后的技术交易额，${FEN_DOC}`, type: String })
  @IsDefined()
  techAmountFen: string | number;

  @TextField({}, 1, 2000)
  reason: string;
}

export class CancelDto {
  @DateField({ example: '2025-09-01' })
  effectiveDate: string;

  @TextField({}, 1, 2000)
  reason: string;
}

export class ContractIdParamDto extends IdParam() {}

export class AttachmentParamDto extends ContractIdParamDto {
  @UuidField()
  attachmentId: string;
}

export class RegionParamDto {
  @RegionCodeField({ example: '340600' })
  regionCode: string;
}

export class TimeLimitDto {
  @ApiProperty({ minimum: 1, maximum: 60, example: 15 })
  @IsInt()
  @Min(1)
  @Max(60)
  workingDays: number;
}

export class ContractListQueryDto extends PageQueryDto {
  @OneOfField({ enum: CONTRACT_STATUSES, optional: true }, CONTRACT_STATUSES)
  status?: ContractStatus;
}

export class QueueQueryDto extends PageQueryDto {
  @BooleanQueryField({ description: '只看已超过登记时限的', default: false, optional: true }, { message: false })
  overdue?: boolean;
}

export class CertifiedQueryDto extends PageQueryDto {
  @RegionCodeField({ description: '地区（默认本辖区）', example: '340600', optional: true })
  region?: string;

  @IntQueryField({ example: 2025, optional: true }, 2000, 2100)
  year?: number;
}

export class PublishPriceDto {
  @DateField({ description: '公示开始日期（默认今天）', optional: true })
  startOn?: string;

  @ApiPropertyOptional({ description: '公示天数（≥ 15）', default: 15 })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(90)
  days?: number;
}

export class PublicationQueryDto extends PageQueryDto {
  @RegionCodeField({ example: '340600', optional: true })
  region?: string;
}

export class ObjectionDto {
  @TextField({}, 1, 100)
  submitterName: string;

  @TextField({ optional: true }, 200)
  contact?: string;

  @TextField({}, 1, 5000)
  content: string;
}
