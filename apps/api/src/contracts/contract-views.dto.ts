import {
  CONTRACT_STATUSES,
  PRICE_ROUTES,
  type ContractStatus,
  type PriceRoute,
} from '../../../../libs/contracts/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

/** Response DTOs of technology contracts. Amounts are integer fen as decimal strings. */
export class ContractPartyViewDto {
  @Field('string', { nullable: true }) orgId!: string | null;
  @Field('string') name!: string;
  @Field('string', { nullable: true, description: '统一社会信用代码' }) creditCode!: string | null;
  @Field('string') regionCode!: string;
  @Field('boolean', { description: '是否平台注册机构（其信息以平台记录为准）' }) registered!: boolean;
}

export class ContractBenefitDto {
  @Field('number', { nullable: true }) teamPercent!: number | null;
  @Field('number', { nullable: true }) staffPercent!: number | null;
}

export class BenefitWarningDto {
  @Field(['TEAM_SHARE_BELOW_MINIMUM', 'STAFF_SHARE_BELOW_MINIMUM']) code!:
    'TEAM_SHARE_BELOW_MINIMUM' | 'STAFF_SHARE_BELOW_MINIMUM';
  @Field(['team', 'staff']) share!: 'team' | 'staff';
  @Field('number') minPercent!: number;
  @Field('number') actualPercent!: number;
  @Field('string', { nullable: true }) regionCode!: string | null;
  @Field('string') source!: string;
  @Field('string') message!: string;
}

export class ContractRejectionDto {
  @Field('string') reasonCode!: string;
  @Field('string', { nullable: true }) comment!: string | null;
  @Field('string', { nullable: true }) at!: string | null;
}

export class ContractRegistrationDto {
  @Field('string') registrationNo!: string;
  @Field('string') certifiedOn!: string;
  @Field('string') certifiedAt!: string;
  @Field('string') registryRegionCode!: string;
  @Field('string', { description: '核定合同成交额（分）' }) approvedContractAmountFen!: string;
  @Field('string', { description: '核定技术交易额（分）' }) approvedTechAmountFen!: string;
  @Field('string', { description: '变更、解除后的现行合同成交额（分）' }) currentContractAmountFen!: string;
  @Field('string') currentTechAmountFen!: string;
  @Field('boolean') cancelled!: boolean;
}

export class ContractAdjustmentDto {
  @Field('string') id!: string;
  @Field(['amendment', 'cancellation']) kind!: 'amendment' | 'cancellation';
  @Field('string') effectiveDate!: string;
  @Field('string') contractAmountDeltaFen!: string;
  @Field('string') techAmountDeltaFen!: string;
  @Field('integer') countDelta!: number;
  @Field('string') contractAmountAfterFen!: string;
  @Field('string') techAmountAfterFen!: string;
  @Field('string') reason!: string;
  @Field('string') recordedBy!: string;
  @Field('string') recordedAt!: string;
}

export class PricePublicationSummaryDto {
  @Field('string') id!: string;
  @Field('string') startOn!: string;
  @Field('string', { description: '公示期后的第一天（自该日起可认定登记）' }) endOn!: string;
  @Field('integer') objectionCount!: number;
}

export class ContractViewDto {
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field(CONTRACT_STATUSES) status!: ContractStatus;
  @Field('string', { nullable: true, description: '成交转来的草稿在双方补充前为空' }) contractTypeCode!: string | null;
  @Field('string', { nullable: true }) contractSubtypeCode!: string | null;
  @Field('string', { nullable: true }) techFieldCode!: string | null;
  @Field(() => ContractPartyViewDto) seller!: ContractPartyViewDto;
  @Field(() => ContractPartyViewDto) buyer!: ContractPartyViewDto;
  @Field(() => ContractPartyViewDto, { nullable: true }) intermediary!: ContractPartyViewDto | null;
  @Field('string', { description: '申报合同成交额（分）' }) contractAmountFen!: string;
  @Field('string', { description: '申报技术交易额（分）' }) techAmountFen!: string;
  @Field('string', { nullable: true }) signedOn!: string | null;
  @Field('string', { nullable: true }) termStart!: string | null;
  @Field('string', { nullable: true }) termEnd!: string | null;
  @Field('boolean') negotiatedPrice!: boolean;
  @Field(PRICE_ROUTES, { description: '定价方式：协议定价、挂牌交易或拍卖（由合同来源决定）' }) priceRoute!: PriceRoute;
  @Field(['contractSubtypeCode', 'techFieldCode', 'signedOn'], {
    array: true,
    description: '成交转来的草稿提交登记前尚须填写的字段',
  })
  incomplete!: ('contractSubtypeCode' | 'techFieldCode' | 'signedOn')[];
  @Field(() => ContractBenefitDto) benefit!: ContractBenefitDto;
  @Field(() => BenefitWarningDto, { array: true, optional: true }) warnings?: BenefitWarningDto[];
  @Field('string', { nullable: true }) dealId!: string | null;
  @Field('string', { nullable: true }) achievementId!: string | null;
  @Field('string', { nullable: true }) needId!: string | null;
  @Field('string', { nullable: true }) submittedAt!: string | null;
  @Field('string', { nullable: true }) deadlineOn!: string | null;
  @Field('boolean') overdue!: boolean;
  @Field(() => ContractRejectionDto, { nullable: true }) rejection!: ContractRejectionDto | null;
  @Field(() => ContractRegistrationDto, { nullable: true }) registration!: ContractRegistrationDto | null;
  @Field(() => ContractAdjustmentDto, { array: true, optional: true, description: '详情：变更、解除记录，旧的在前' })
  adjustments?: ContractAdjustmentDto[];
  @Field(() => PricePublicationSummaryDto, { nullable: true, optional: true, description: '详情：协议定价公示' })
  pricePublication?: PricePublicationSummaryDto | null;
  @Field('integer') version!: number;
  @Field('string') createdAt!: string;
  @Field('string') updatedAt!: string;
}

export class PublicationViewDto {
  @Field('string') id!: string;
  @Field('string') contractId!: string;
  @Field('string') title!: string;
  @Field('string') sellerName!: string;
  @Field('string') buyerName!: string;
  @Field('string') priceFen!: string;
  @Field(['transfer', 'licence']) mode!: 'transfer' | 'licence';
  @Field('string') regionCode!: string;
  @Field('string') startOn!: string;
  @Field('string') endOn!: string;
  @Field('integer') objectionCount!: number;
}

export class ObjectionViewDto {
  @Field('string') id!: string;
  @Field('string') submitterName!: string;
  @Field('string', { nullable: true }) contact!: string | null;
  @Field('string') content!: string;
  @Field('string') submittedAt!: string;
}

export const ContractPageDto = PageOf(ContractViewDto);
export const PublicationPageDto = PageOf(PublicationViewDto);
export const ObjectionPageDto = PageOf(ObjectionViewDto);
