import { Field } from '../openapi/response-field.js';
import { PageOf } from '../openapi/response-field.js';

const STATUSES = ['draft', 'published', 'sold', 'unsold', 'withdrawn'] as const;
const PHASES = ['draft', 'scheduled', 'open', 'ended', 'sold', 'unsold', 'withdrawn'] as const;

export class MyLotRegistrationDto {
  @Field('integer') bidderNo!: number;
  @Field('boolean') depositConfirmed!: boolean;
}

export class LotViewDto {
  @Field('string') id!: string;
  @Field('string') sellerOrgId!: string;
  @Field('string') sellerName!: string;
  @Field('string') sellerRegionCode!: string;
  @Field('string', { nullable: true }) achievementId!: string | null;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field(STATUSES) status!: (typeof STATUSES)[number];
  @Field(PHASES, { description: '按服务器时间：未开始、竞价中、已到时待结束、成交、流拍、撤回' })
  phase!: (typeof PHASES)[number];
  @Field('string', { description: '起拍价（分）' }) startingPriceFen!: string;
  @Field('string', { nullable: true, description: '保留价（分）；不公开时对公众为 null' })
  reservePriceFen!: string | null;
  @Field('boolean') reserveShown!: boolean;
  @Field('boolean') hasReserve!: boolean;
  @Field('boolean') winnerAnonymous!: boolean;
  @Field('string') incrementFen!: string;
  @Field('string') depositFen!: string;
  @Field('string') startsAt!: string;
  @Field('string', { description: '公告的结束时间' }) scheduledEndsAt!: string;
  @Field('string', { description: '现行结束时间（延时后可能晚于公告时间）' }) endsAt!: string;
  @Field('integer') antiSnipingMinutes!: number;
  @Field('string', { nullable: true }) currentPriceFen!: string | null;
  @Field('string', { description: '下一次出价的最低金额（分）' }) nextMinimumBidFen!: string;
  @Field('integer') bidCount!: number;
  @Field('integer') bidderCount!: number;
  @Field('string', { nullable: true, description: '当前领先者（公众看到“竞买人 N”）' }) leader!: string | null;
  @Field('string', { nullable: true }) hammerPriceFen!: string | null;
  @Field('string', { nullable: true }) winner!: string | null;
  @Field('string', { nullable: true }) withdrawReason!: string | null;
  @Field('boolean', { description: '由挂牌转来：仅限挂牌期内登记意向的受让方报名' }) restricted!: boolean;
  @Field('string', { nullable: true }) closedAt!: string | null;
  @Field('integer') version!: number;
  @Field('string', { description: '服务器时间（倒计时以此为准）' }) serverTime!: string;
  @Field(() => MyLotRegistrationDto, { nullable: true }) myRegistration!: MyLotRegistrationDto | null;
}

export const LotPageDto = PageOf(LotViewDto);

export class BidViewDto {
  @Field('integer') seq!: number;
  @Field('string', { description: '竞买人 N；卖方在结束后、科技局始终看到机构名称' }) bidder!: string;
  @Field('string', { nullable: true, description: '竞买机构 ID（哈希链的组成部分，供核验）' })
  bidderOrgId!: string | null;
  @Field('boolean') mine!: boolean;
  @Field('string') amountFen!: string;
  @Field('string') placedAt!: string;
  @Field('string') prevHash!: string;
  @Field('string') hash!: string;
}

export class BidHistoryDto {
  @Field('string') lotId!: string;
  @Field('integer') bidCount!: number;
  @Field(() => BidViewDto, { array: true }) items!: BidViewDto[];
}

export class PlacedBidDto {
  @Field('string') lotId!: string;
  @Field('integer') seq!: number;
  @Field('string') amountFen!: string;
  @Field('string') placedAt!: string;
  @Field('string') endsAt!: string;
  @Field('boolean') extended!: boolean;
  @Field('string') hash!: string;
}

export class ChainVerdictDto {
  @Field('string') lotId!: string;
  @Field('string') format!: string;
  @Field('boolean') valid!: boolean;
  @Field('integer') count!: number;
  @Field('integer', { nullable: true, description: '第一个核验不通过的出价序号' }) firstBrokenSeq!: number | null;
  @Field('string') headHash!: string;
}

export class MyBiddingViewDto {
  @Field('string') lotId!: string;
  @Field('string') title!: string;
  @Field('string') sellerName!: string;
  @Field(STATUSES) status!: (typeof STATUSES)[number];
  @Field(PHASES) phase!: (typeof PHASES)[number];
  @Field('string') startsAt!: string;
  @Field('string') endsAt!: string;
  @Field('string', { nullable: true }) currentPriceFen!: string | null;
  @Field('string') nextMinimumBidFen!: string;
  @Field('string', { nullable: true }) hammerPriceFen!: string | null;
  @Field('integer') bidderNo!: number;
  @Field('string') depositFen!: string;
  @Field('boolean') depositConfirmed!: boolean;
  @Field('integer') myBidCount!: number;
  @Field('string', { nullable: true }) myHighestFen!: string | null;
  @Field('boolean', { description: '本机构当前领先' }) leading!: boolean;
  @Field('boolean', { description: '本机构竞得' }) won!: boolean;
}
export const MyBiddingPageDto = PageOf(MyBiddingViewDto);

export class SupervisedLotViewDto {
  @Field('string') lotId!: string;
  @Field('string') title!: string;
  @Field('string') sellerName!: string;
  @Field('string') sellerRegionCode!: string;
  @Field(PHASES) phase!: (typeof PHASES)[number];
  @Field('string') startsAt!: string;
  @Field('string') endsAt!: string;
  @Field('string') depositFen!: string;
  @Field('integer') bidderCount!: number;
  @Field('integer', { description: '保证金待确认的竞买人数' }) pendingDeposits!: number;
}
export const SupervisedLotPageDto = PageOf(SupervisedLotViewDto);

export class MyRegistrationDto {
  @Field('string') lotId!: string;
  @Field('integer') bidderNo!: number;
  @Field('string', { description: '接受的竞买须知全文' }) termsText!: string;
  @Field('string') termsSha256!: string;
  @Field('string') depositFen!: string;
  @Field('boolean') depositConfirmed!: boolean;
}

export class RegistrationViewDto {
  @Field('string') bidder!: string;
  @Field('string', { nullable: true }) bidderOrgId!: string | null;
  @Field('integer') bidderNo!: number;
  @Field('string') registeredAt!: string;
  @Field('string') termsSha256!: string;
  @Field('boolean') depositConfirmed!: boolean;
  @Field('string', { nullable: true }) depositReference!: string | null;
  @Field('string', { nullable: true }) depositConfirmedAt!: string | null;
}
