import { REGISTRY_MEASURES } from '../../../../libs/statistics/src/index.js';
import { VOUCHER_STATUSES, type VoucherStatus } from '../../../../libs/vouchers/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

const LEDGER_KINDS = ['reserved', 'released', 'redeemed'] as const;

export class CodeNameDto {
  @Field('string') code!: string;
  @Field('string') name!: string;
}

export class ProgrammeProviderDto {
  @Field('string') orgId!: string;
  @Field('string') name!: string;
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
}

export class ProgrammeViewDto {
  @Field('string') id!: string;
  @Field('string') name!: string;
  @Field('string') issuerOrgId!: string;
  @Field('string') issuerName!: string;
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
  @Field('string', { description: '预算（分）' }) budgetFen!: string;
  @Field('string', { description: '已预留未兑付（分）' }) reservedFen!: string;
  @Field('string', { description: '已兑付（分）' }) redeemedFen!: string;
  @Field('string', { description: '可用余额（分）' }) availableFen!: string;
  @Field('string') opensOn!: string;
  @Field('string') closesOn!: string;
  @Field(() => CodeNameDto, { array: true, description: `适用企业名录（${REGISTRY_MEASURES.length} 种名录之一）` })
  eligibleKinds!: CodeNameDto[];
  @Field(() => CodeNameDto, { array: true }) categories!: CodeNameDto[];
  @Field('integer') subsidyPercent!: number;
  @Field('string') capPerEnterpriseFen!: string;
  @Field('integer') reservationDays!: number;
  @Field('boolean') outsideProviders!: boolean;
  @Field(() => CodeNameDto, { array: true, description: '通用通兑：接受其发放的创新券的地区' })
  acceptedRegions!: CodeNameDto[];
  @Field(() => ProgrammeProviderDto, { array: true }) providers!: ProgrammeProviderDto[];
}

export const ProgrammePageDto = PageOf(ProgrammeViewDto);

export class VoucherViewDto {
  @Field('string') id!: string;
  @Field('string') programmeId!: string;
  @Field('string') programmeName!: string;
  @Field('string') issuerRegionCode!: string;
  @Field('string') issuerRegionName!: string;
  @Field('string', { nullable: true, description: '通用通兑：承接服务的外地项目所在地区' }) hostRegionCode!:
    string | null;
  @Field('string', { nullable: true }) hostRegionName!: string | null;
  @Field('string') enterpriseOrgId!: string;
  @Field('string') enterpriseName!: string;
  @Field('string') providerOrgId!: string;
  @Field('string') providerName!: string;
  @Field('string') category!: string;
  @Field('string') categoryName!: string;
  @Field('string') purpose!: string;
  @Field('integer') subsidyPercent!: number;
  @Field('string') plannedFen!: string;
  @Field('string', { description: '申请的补助（分）' }) requestedFen!: string;
  @Field('integer') year!: number;
  @Field(VOUCHER_STATUSES) status!: VoucherStatus;
  @Field('string') statusName!: string;
  @Field('string') appliedAt!: string;
  @Field('string', { nullable: true, description: '批准并预留的金额（分）' }) approvedFen!: string | null;
  @Field('string', { nullable: true }) decidedAt!: string | null;
  @Field('string', { nullable: true }) decisionNote!: string | null;
  @Field('string', { nullable: true, description: '预留额度的最后一天' }) expiresOn!: string | null;
  @Field('string', { nullable: true }) contractId!: string | null;
  @Field('string', { nullable: true }) serviceFen!: string | null;
  @Field('string', { nullable: true }) evidence!: string | null;
  @Field('string', { nullable: true }) redemptionRequestedAt!: string | null;
  @Field('string', { nullable: true, description: '兑付申请被退回的原因' }) redemptionNote!: string | null;
  @Field('string', { nullable: true }) redeemedFen!: string | null;
  @Field('string', { nullable: true }) redeemedAt!: string | null;
}

export const VoucherPageDto = PageOf(VoucherViewDto);

export class LedgerEntryViewDto {
  @Field('string') id!: string;
  @Field('string') voucherId!: string;
  @Field('string') enterpriseName!: string;
  @Field(LEDGER_KINDS) kind!: (typeof LEDGER_KINDS)[number];
  @Field('string') kindName!: string;
  @Field('string') amountFen!: string;
  @Field('string') reason!: string;
  @Field('string') at!: string;
}

export class LedgerPageDto extends PageOf(LedgerEntryViewDto) {
  @Field('string') budgetFen!: string;
  @Field('string') reservedFen!: string;
  @Field('string') redeemedFen!: string;
  @Field('string') availableFen!: string;
  @Field('boolean', { description: '项目的累计数与台账逐笔合计一致' }) balanced!: boolean;
}

export class VoucherFiguresDto {
  @Field('integer') approvedCount!: number;
  @Field('string') approvedFen!: string;
  @Field('integer') redeemedCount!: number;
  @Field('string') redeemedFen!: string;
  @Field('integer') redeemedEnterprises!: number;
  @Field('integer', { description: '通用通兑：本地服务机构承接的外地创新券（张）' }) servedCount!: number;
  @Field('string') servedFen!: string;
}

export class VoucherChildFiguresDto extends VoucherFiguresDto {
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
}

export class VoucherStatsRegionDto {
  @Field('string', { nullable: true }) code!: string | null;
  @Field('string') name!: string;
}

export class VoucherPeriodDto {
  @Field('string') code!: string;
  @Field('string') label!: string;
}

export class VoucherStatsDto {
  @Field(() => VoucherStatsRegionDto) region!: VoucherStatsRegionDto;
  @Field(() => VoucherPeriodDto) period!: VoucherPeriodDto;
  @Field(() => VoucherFiguresDto) totals!: VoucherFiguresDto;
  @Field(() => VoucherChildFiguresDto, { array: true }) children!: VoucherChildFiguresDto[];
}
