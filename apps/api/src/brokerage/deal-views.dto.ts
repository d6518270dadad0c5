import { DEAL_STAGES, type DealStage } from '../../../../libs/brokerage/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

/** Response DTOs of brokerage deals. */
export class DealPartyViewDto {
  @Field('string') orgId!: string;
  @Field('string') name!: string;
  @Field(['seller', 'buyer']) role!: 'seller' | 'buyer';
  @Field('string') regionCode!: string;
  @Field(['invited', 'accepted', 'declined']) status!: 'invited' | 'accepted' | 'declined';
  @Field('string') invitedAt!: string;
  @Field('string', { nullable: true }) respondedAt!: string | null;
}

export class DealEventViewDto {
  @Field('string') at!: string;
  @Field('string') kind!: string;
  @Field('string', { nullable: true }) actorUserId!: string | null;
  @Field('string', { nullable: true }) fromStage!: string | null;
  @Field('string', { nullable: true }) toStage!: string | null;
  @Field('string', { nullable: true }) note!: string | null;
}

export class DealCommissionViewDto {
  @Field('string', { nullable: true, description: '佣金比例（数字文本，如 "3.00"）' }) percent!: string | null;
  @Field('string', { nullable: true, description: '固定佣金（分）' }) fixedFen!: string | null;
  @Field(['contract_amount', 'tech_amount', 'net_income'], { nullable: true }) basis!:
    'contract_amount' | 'tech_amount' | 'net_income' | null;
  @Field('string', { nullable: true }) note!: string | null;
}

export class DealViewDto {
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field(DEAL_STAGES) stage!: DealStage;
  @Field(DEAL_STAGES, { array: true }) nextStages!: DealStage[];
  @Field('string', { nullable: true }) needId!: string | null;
  @Field('string', { nullable: true }) achievementId!: string | null;
  @Field('string', { nullable: true }) challengeApplicationId!: string | null;
  @Field('string', { nullable: true }) matchRef!: string | null;
  @Field('string') brokerUserId!: string;
  @Field('string') brokerOrgId!: string;
  @Field(() => DealCommissionViewDto) commission!: DealCommissionViewDto;
  @Field(() => DealPartyViewDto, { array: true }) parties!: DealPartyViewDto[];
  @Field('string', { nullable: true }) signedAt!: string | null;
  @Field('string', { nullable: true }) droppedAt!: string | null;
  @Field('string', { nullable: true }) dropReason!: string | null;
  @Field('integer') version!: number;
  @Field('string') createdAt!: string;
  @Field('string') updatedAt!: string;
  @Field(() => DealEventViewDto, { array: true, optional: true, description: '详情：进展记录' })
  timeline?: DealEventViewDto[];
}

export class DealBoardColumnDto {
  @Field(DEAL_STAGES) stage!: DealStage;
  @Field('integer') total!: number;
  @Field(() => DealViewDto, { array: true }) items!: DealViewDto[];
}

export class DealBoardDto {
  @Field(['broker', 'region']) scope!: 'broker' | 'region';
  @Field('string', { nullable: true }) region!: string | null;
  @Field(() => DealBoardColumnDto, { array: true }) columns!: DealBoardColumnDto[];
}

export const DealPageDto = PageOf(DealViewDto);
