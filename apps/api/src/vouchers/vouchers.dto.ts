import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { REGISTRY_MEASURES } from '../../../../libs/statistics/src/index.js';
import { REGISTRY_KINDS } from '../../../../libs/registries/src/index.js';
import {
  VOUCHER_CATEGORIES,
  VOUCHER_CATEGORY_CODES,
  VOUCHER_STATUSES,
  type VoucherCategory,
  type VoucherStatus,
} from '../../../../libs/vouchers/src/index.js';
import {
  CalendarDateField,
  FenField,
  ListQueryField,
  OneOfField,
  PLAIN_TEXT,
  TextField,
  UuidField,
  IdParam,
} from '../dto-fields.js';

// Users read these next to the fields: names, never codes.
const CATEGORY_MESSAGE = `服务类别必须是以下之一：${Object.values(VOUCHER_CATEGORIES).join('、')}`;
const KIND_MESSAGE = `适用企业名录必须是以下之一：${REGISTRY_MEASURES.map((k) => REGISTRY_KINDS[k].name).join('、')}`;

export class VoucherIdParamDto extends IdParam('创新券 ID') {}

export class ProgrammeIdParamDto extends IdParam('创新券项目 ID') {}

export class CreateProgrammeDto {
  @TextField({ example: '2026年淮北市科技创新券', description: '项目名称', chars: 'line' }, 2, 100)
  name: string;

  @FenField({ example: '500000000', description: '预算（分）' })
  budgetFen: string;

  @CalendarDateField({ example: '2026-01-01', description: '申报开始日期' })
  opensOn: string;

  @CalendarDateField({ example: '2026-12-31', description: '申报截止日期' })
  closesOn: string;

  @ApiProperty({
    type: [String],
    enum: REGISTRY_MEASURES,
    example: ['tech_sme'],
    description: '适用企业须在有效期内列入的名录（任一即可；为空则本地区企业均可申请）',
  })
  @IsArray()
  @ArrayMaxSize(REGISTRY_MEASURES.length)
  @IsIn(REGISTRY_MEASURES as readonly string[] as string[], { each: true, message: KIND_MESSAGE })
  eligibleKinds: string[];

  @ApiProperty({ type: [String], enum: VOUCHER_CATEGORY_CODES, example: ['tech_transfer', 'testing'] })
  @IsArray()
  @ArrayMinSize(1, { message: '请至少选择一个服务类别' })
  @ArrayMaxSize(VOUCHER_CATEGORY_CODES.length)
  @IsIn(VOUCHER_CATEGORY_CODES, { each: true, message: CATEGORY_MESSAGE })
  categories: VoucherCategory[];

  @ApiProperty({ example: 50, description: '补助比例（%，1–100）' })
  @IsInt({ message: 'subsidyPercent 必须是 1 到 100 的整数' })
  @Min(1, { message: 'subsidyPercent 必须是 1 到 100 的整数' })
  @Max(100, { message: 'subsidyPercent 必须是 1 到 100 的整数' })
  subsidyPercent: number;

  @FenField({ example: '20000000', description: '每家企业每年补助上限（分）' })
  capPerEnterpriseFen: string;

  @ApiProperty({ example: 90, description: '批准后额度的保留天数（到期未兑付则释放）' })
  @IsInt({ message: 'reservationDays 必须是 1 到 730 的整数' })
  @Min(1, { message: 'reservationDays 必须是 1 到 730 的整数' })
  @Max(730, { message: 'reservationDays 必须是 1 到 730 的整数' })
  reservationDays: number;

  @ApiProperty({ example: false, description: '是否接受本辖区以外的服务机构' })
  @IsBoolean({ message: 'outsideProviders 必须是 true 或 false' })
  outsideProviders: boolean;

  @ApiProperty({
    type: [String],
    example: ['320300'],
    description: '通用通兑：接受这些地区（含下级）发放的创新券在本项目的服务机构使用',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^\d{6}$/, { each: true, message: 'acceptedRegionCodes 必须是 6 位数字的行政区划代码' })
  acceptedRegionCodes: string[];

  @ApiProperty({ type: [String], format: 'uuid', description: '批准的服务机构（机构 ID）' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true, message: 'providerOrgIds 必须是机构 ID' })
  providerOrgIds: string[];
}

export class AddProviderDto {
  @UuidField({ description: '服务机构 ID' })
  orgId: string;
}

export class VoucherApplyDto {
  @OneOfField(
    { enum: VOUCHER_CATEGORY_CODES, example: 'testing', description: '服务类别' },
    VOUCHER_CATEGORY_CODES,
    CATEGORY_MESSAGE,
  )
  category: VoucherCategory;

  @UuidField({ description: '服务机构 ID（须经项目批准）' })
  providerOrgId: string;

  @FenField({ example: '10000000', description: '计划购买服务的金额（分）；补助按项目比例计算' })
  plannedFen: string;

  @TextField({ example: '委托检测新型电池材料的循环寿命', description: '服务内容', chars: 'text' }, 2, 1000)
  purpose: string;
}

export class ApproveDto {
  @FenField({ example: '5000000', optional: true, description: '批准金额（分；默认按申请金额）' })
  amountFen?: string;

  @TextField({ example: '符合申报条件', optional: true, description: '审批意见', chars: 'text' }, 500)
  note?: string;
}

export class DecisionNoteDto {
  @TextField({ example: '服务内容不属于本项目支持范围', description: '原因', chars: 'text' }, 2, 500)
  note: string;
}

export class RequestRedemptionDto {
  @UuidField({ optional: true, description: '已认定登记的技术合同（买方为本企业、卖方为服务机构）' })
  contractId?: string;

  @FenField({ example: '10000000', optional: true, description: '无合同时：实际服务金额（分）' })
  serviceFen?: string;

  @TextField(
    { example: '检测报告编号 JC-2026-0012，发票号 0045', optional: true, description: '无合同时：服务凭证' },
    2,
    1000,
  )
  @Matches(PLAIN_TEXT, { message: 'evidence 不能含控制字符' })
  evidence?: string;
}

export class VoucherListQueryDto extends PageQueryDto {
  @OneOfField(
    { enum: ['applicant', 'provider'], optional: true, description: '机构用户：本机构申请的（默认）或作为服务机构的' },
    ['applicant', 'provider'],
    'as 必须是 applicant 或 provider',
  )
  as?: 'applicant' | 'provider';

  @ListQueryField(
    { type: [String], enum: VOUCHER_STATUSES, optional: true, description: '状态，可多选' },
    VOUCHER_STATUSES as VoucherStatus[],
    'status 不合法',
  )
  status?: VoucherStatus[];

  @UuidField({ optional: true, description: '创新券项目' })
  programmeId?: string;
}
