import {
  COLLATERALS,
  LOAN_ENTRY_KINDS,
  RATE_TYPES,
  SCORE_INPUTS,
  type Collateral,
  type LoanEntryKind,
  type LoanStatus,
  type RateType,
  type ScoreInput,
} from '../../../../libs/loans/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

const LOAN_STATUSES = ['active', 'defaulted', 'settled'] as const;
const LINK_KINDS = ['achievement', 'contract'] as const;

export class LoanLinkDto {
  @Field(LINK_KINDS) kind!: (typeof LINK_KINDS)[number];
  @Field('string') id!: string;
  @Field('string', { description: '备案时的名称' }) title!: string;
  @Field('string', { nullable: true, optional: true, description: '技术合同登记号（已登记的合同）' })
  registrationNo?: string | null;
}

export class LoanEntryViewDto {
  @Field('string') id!: string;
  @Field(LOAN_ENTRY_KINDS) kind!: LoanEntryKind;
  @Field('string') kindName!: string;
  @Field('string', { nullable: true, description: '还款金额；违约时为当时未还本金（分）' }) amountFen!: string | null;
  @Field('string') occurredOn!: string;
  @Field('string', { nullable: true }) note!: string | null;
  @Field('string') recordedAt!: string;
}

export class LoanViewDto {
  @Field('string') id!: string;
  @Field('string') bankOrgId!: string;
  @Field('string') bankName!: string;
  @Field('string') enterpriseOrgId!: string;
  @Field('string') enterpriseName!: string;
  @Field('string', { description: '借款企业所在地区' }) regionCode!: string;
  @Field('string') regionName!: string;
  @Field('string', { description: '贷款金额（分）' }) amountFen!: string;
  @Field('integer', { description: '期限（月）' }) termMonths!: number;
  @Field(RATE_TYPES) rateType!: RateType;
  @Field('string') rateTypeName!: string;
  @Field(COLLATERALS) collateral!: Collateral;
  @Field('string') collateralName!: string;
  @Field(() => LoanLinkDto, { array: true }) links!: LoanLinkDto[];
  @Field('string') purpose!: string;
  @Field('string') filedAt!: string;
  @Field(LOAN_STATUSES) status!: LoanStatus;
  @Field('string') statusName!: string;
  @Field('string') repaidFen!: string;
  @Field('string') outstandingFen!: string;
  @Field('string', { description: '违约时未还本金（分）；未违约为 0' }) defaultedFen!: string;
  @Field(() => LoanEntryViewDto, { array: true }) entries!: LoanEntryViewDto[];
}

export const LoanPageDto = PageOf(LoanViewDto);

export class LoanAuthorisationViewDto {
  @Field('string') id!: string;
  @Field('string') enterpriseOrgId!: string;
  @Field('string') enterpriseName!: string;
  @Field('string') enterpriseRegionName!: string;
  @Field('string') bankOrgId!: string;
  @Field('string') bankName!: string;
  @Field('string') grantedAt!: string;
  @Field('string', { nullable: true }) revokedAt!: string | null;
  @Field('boolean') active!: boolean;
}

export class LoanContractOptionDto {
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field('string', { nullable: true }) registrationNo!: string | null;
  @Field('string', { nullable: true }) certifiedOn!: string | null;
  @Field('string', { description: '认定成交额（分）' }) amountFen!: string;
}

export class LoanBankViewDto {
  @Field('string') orgId!: string;
  @Field('string') name!: string;
  @Field('string') regionName!: string;
}

export class LoanFiguresDto {
  @Field('integer') filedCount!: number;
  @Field('string') filedFen!: string;
  @Field('integer') filedEnterprises!: number;
  @Field('string') repaidFen!: string;
  @Field('integer') defaultedCount!: number;
  @Field('string', { description: '违约时未还本金（分）' }) defaultedFen!: string;
  @Field('integer') settledCount!: number;
}

export class LoanChildFiguresDto extends LoanFiguresDto {
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
}

export class LoanStatsRegionDto {
  @Field('string', { nullable: true }) code!: string | null;
  @Field('string') name!: string;
}

export class LoanPeriodDto {
  @Field('string') code!: string;
  @Field('string') label!: string;
}

export class LoanStatsDto {
  @Field(() => LoanStatsRegionDto) region!: LoanStatsRegionDto;
  @Field(() => LoanPeriodDto) period!: LoanPeriodDto;
  @Field(() => LoanFiguresDto) totals!: LoanFiguresDto;
  @Field(() => LoanChildFiguresDto, { array: true }) children!: LoanChildFiguresDto[];
}

export class ScoreLineDto {
  @Field(SCORE_INPUTS) input!: ScoreInput;
  @Field('string') name!: string;
  @Field('string', { description: '输入值（暂无数据来源的项为“暂无数据来源”）' }) valueText!: string;
  @Field('string') source!: string;
  @Field('string') weightText!: string;
  @Field('integer', { description: '该项得分' }) points!: number;
}

export class ScoreViewDto {
  @Field('string') enterpriseOrgId!: string;
  @Field('string') enterpriseName!: string;
  @Field('integer', { description: '计算所用的公式版本' }) version!: number;
  @Field('string') versionNote!: string;
  @Field('integer') currentVersion!: number;
  @Field('integer') score!: number;
  @Field(() => ScoreLineDto, { array: true }) lines!: ScoreLineDto[];
}

export class FormulaWeightViewDto {
  @Field(SCORE_INPUTS) input!: ScoreInput;
  @Field('string') name!: string;
  @Field('string') source!: string;
  @Field('integer') points!: number;
  @Field('integer') per!: number;
  @Field('integer') cap!: number;
  @Field('string') weightText!: string;
}

export class FormulaViewDto {
  @Field('integer') version!: number;
  @Field('string') note!: string;
  @Field('string') publishedAt!: string;
  @Field('boolean') current!: boolean;
  @Field(() => FormulaWeightViewDto, { array: true }) weights!: FormulaWeightViewDto[];
}
