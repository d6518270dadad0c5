import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CONTRACT_STATUSES, type ContractStatus } from '../../../../libs/contracts/src/index.js';
import { NestedObject, PageQueryDto } from '../../../../libs/shared/http/index.js';

const REGION = /^\d{6}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const FEN_DOC = '以分为单位的非负整数，建议用字符串传递（如 "1250000" = 12,500 元）';
const toBool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ContractPartyDto {
  @ApiPropertyOptional({ description: '平台上的机构 id；卖方缺省为本机构' })
  @IsOptional()
  @IsUUID()
  orgId?: string;

  @ApiPropertyOptional({ description: '机构名称（未在平台注册的机构必填；平台机构以登记信息为准，不必填写）' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    description: '统一社会信用代码（未在平台注册的机构必填，校验末位校验码；平台机构以登记信息为准）',
    example: '91340600MA2N1A2B3C',
  })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  creditCode?: string;

  @ApiPropertyOptional({
    description: '所在地区行政区划代码（未在平台注册的机构必填；平台机构以登记信息为准）',
    example: '340602',
  })
  @IsOptional()
  @Matches(REGION, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
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
  @ApiProperty({ example: '锂电池正极材料技术转让合同' })
  @IsString()
  @Length(2, 200)
  title: string;

  @ApiPropertyOptional({ description: '合同类型（可省略，由子类型确定）', example: 'transfer' })
  @IsOptional()
  @IsString()
  @MaxLength(48)
  contractTypeCode?: string;

  @ApiProperty({ description: '合同子类型，按签订日期有效的代码表', example: 'transfer.patent' })
  @IsString()
  @MaxLength(48)
  contractSubtypeCode: string;

  @ApiProperty({ description: '技术领域代码', example: '05' })
  @IsString()
  @MaxLength(16)
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

  @ApiProperty({ example: '2025-06-18' })
  @Matches(DATE, { message: 'signedOn 必须是 YYYY-MM-DD' })
  signedOn: string;

  @ApiPropertyOptional({ example: '2025-07-01' })
  @IsOptional()
  @Matches(DATE, { message: 'termStart 必须是 YYYY-MM-DD' })
  termStart?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'termEnd 必须是 YYYY-MM-DD' })
  termEnd?: string;

  @ApiPropertyOptional({ description: '是否协议定价（高校、院所的转让/许可须公示 15 日）', default: false })
  @IsOptional()
  @IsBoolean()
  negotiatedPrice?: boolean;

  @ApiPropertyOptional({ type: BenefitDto })
  @IsOptional()
  @NestedObject(() => BenefitDto)
  benefit?: BenefitDto;

  @ApiPropertyOptional({ description: '来源对接项目（须已签约）' })
  @IsOptional()
  @IsUUID()
  dealId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  achievementId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  needId?: string;
}

export class UpdateContractDto extends PartialType(CreateContractDto) {
  @ApiProperty({ description: '乐观锁版本号' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class ContractVersionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}

export class CertifyDto {
  @ApiPropertyOptional({ description: '乐观锁版本号' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @ApiPropertyOptional({ description: `核定合同成交额，缺省为申报额；${FEN_DOC}`, type: String })
  @IsOptional()
  approvedContractAmountFen?: string | number;

  @ApiPropertyOptional({ description: `核定技术交易额，缺省为申报额；${FEN_DOC}`, type: String })
  @IsOptional()
  approvedTechAmountFen?: string | number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class RejectContractDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;

  @ApiProperty({ description: '不予登记理由代码', example: 'incomplete_content' })
  @IsString()
  @MaxLength(48)
  reasonCode: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class AmendDto {
  @ApiProperty({ example: '2025-09-01' })
  @Matches(DATE, { message: 'effectiveDate 必须是 YYYY-MM-DD' })
  effectiveDate: string;

  @ApiProperty({ description: `变更后的合同成交额，${FEN_DOC}`, type: String })
  @IsDefined()
  contractAmountFen: string | number;

  @ApiProperty({ description: `变更后的技术交易额，${FEN_DOC}`, type: String })
  @IsDefined()
  techAmountFen: string | number;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class CancelDto {
  @ApiProperty({ example: '2025-09-01' })
  @Matches(DATE, { message: 'effectiveDate 必须是 YYYY-MM-DD' })
  effectiveDate: string;

  @ApiProperty()
  @IsString()
  @Length(1, 2000)
  reason: string;
}

export class ContractIdParamDto {
  @ApiProperty()
  @IsUUID()
  id: string;
}

export class RegionParamDto {
  @ApiProperty({ example: '340600' })
  @Matches(REGION, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
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
  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;
}

export class QueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '只看已超过登记时限的', default: false })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  overdue?: boolean;
}

export class CertifiedQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '地区（默认本辖区）', example: '340600' })
  @IsOptional()
  @Matches(REGION, { message: 'region 必须是 6 位数字的行政区划代码' })
  region?: string;

  @ApiPropertyOptional({ example: 2025 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class PublishPriceDto {
  @ApiPropertyOptional({ description: '公示开始日期（默认今天）' })
  @IsOptional()
  @Matches(DATE, { message: 'startOn 必须是 YYYY-MM-DD' })
  startOn?: string;

  @ApiPropertyOptional({ description: '公示天数（≥ 15）', default: 15 })
  @IsOptional()
  @IsInt()
  @Min(15)
  @Max(90)
  days?: number;
}

export class PublicationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '340600' })
  @IsOptional()
  @Matches(REGION, { message: 'region 必须是 6 位数字的行政区划代码' })
  region?: string;
}

export class ObjectionDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  submitterName: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 5000)
  content: string;
}
