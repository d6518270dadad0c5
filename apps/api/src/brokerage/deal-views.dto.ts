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

export class ExpectedCommissionDto {
  @Field('string', { nullable: true, description: '预计佣金（分）；比例佣金没有可估算的基数时为空' }) fen!:
    string | null;
  @Field('string', { nullable: true, description: '估算所依据的金额（分）' }) basisFen!: string | null;
  @Field(['asking_price', 'budget'], { nullable: true, description: '依据：成果报价或需求预算上限' }) basisSource!:
    'asking_price' | 'budget' | null;
}

export class DealViewDto {
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field(DEAL_STAGES) stage!: DealStage;
  @Field(DEAL_STAGES, { array: true, description: '经纪人现在可以推进到的阶段（取决于有无经纪人和各方是否已接受）' })
  nextStages!: DealStage[];
  @Field('boolean', { description: '是否由参与方以外的经纪人撮合；否则不经过“已引荐”阶段' }) brokered!: boolean;
  @Field('string', { nullable: true }) needId!: string | null;
  @Field('string', { nullable: true }) achievementId!: string | null;
  @Field('string', { nullable: true }) challengeApplicationId!: string | null;
  @Field('string', { nullable: true }) matchRef!: string | null;
  @Field('string', { nullable: true, description: '来源成交：auction:<标的 ID> 或 listing:<挂牌 ID>' }) saleRef!:
    string | null;
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
  @Field(() => ExpectedCommissionDto, { optional: true, nullable: true, description: '详情：按佣金条款估算的预计佣金' })
  expectedCommission?: ExpectedCommissionDto | null;
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
