import { LISTED_SALE_STATUSES, LISTING_MODES } from '../../../../libs/listed-sales/src/index.js';
import type { ListedSaleStatus, ListingMode } from '../../../../libs/listed-sales/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

export class ListedSaleVersionDto {
  @Field('integer') versionNo!: number;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field(LISTING_MODES) mode!: ListingMode;
  @Field('string') priceFen!: string;
  @Field('string') depositFen!: string;
  @Field('string') terms!: string;
  @Field('string', { nullable: true }) changeNote!: string | null;
  @Field('string') createdAt!: string;
}

export class ListedSaleIntentDto {
  @Field('string') buyerOrgId!: string;
  @Field('string') buyerName!: string;
  @Field('integer', { description: '登记意向时的挂牌版本' }) versionNo!: number;
  @Field('string') terms!: string;
  @Field('string') declaredAt!: string;
}

export class ListedSaleViewDto {
  @Field('string') id!: string;
  @Field('string') sellerOrgId!: string;
  @Field('string') sellerName!: string;
  @Field('string') sellerRegionCode!: string;
  @Field('string') achievementId!: string;
  @Field(LISTED_SALE_STATUSES) status!: ListedSaleStatus;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field(LISTING_MODES) mode!: ListingMode;
  @Field('string', { description: '挂牌价（分）' }) priceFen!: string;
  @Field('string', { description: '转为竞价时的保证金（分）' }) depositFen!: string;
  @Field('string') terms!: string;
  @Field('integer') currentVersion!: number;
  @Field('integer') periodWorkingDays!: number;
  @Field('string') startsAt!: string;
  @Field('string') endsAt!: string;
  @Field('string', { description: '服务器时间（倒计时以此为准）' }) serverTime!: string;
  @Field('string', { description: '期满规则（挂牌之日起公布）' }) rules!: string;
  @Field('integer') intentCount!: number;
  @Field(() => ListedSaleIntentDto, { nullable: true }) myIntent!: ListedSaleIntentDto | null;
  @Field(() => ListedSaleIntentDto, { array: true, nullable: true, description: '卖方和主管科技局可见' })
  intents!: ListedSaleIntentDto[] | null;
  @Field(() => ListedSaleVersionDto, { array: true, optional: true, description: '详情：全部版本，旧的在前' })
  versions?: ListedSaleVersionDto[];
  @Field('string', { nullable: true }) withdrawReason!: string | null;
  @Field('string', { nullable: true }) buyerName!: string | null;
  @Field('string', { nullable: true }) auctionLotId!: string | null;
  @Field('string', { nullable: true }) relistedFrom!: string | null;
  @Field('string', { nullable: true }) relistedAs!: string | null;
  @Field('string', { nullable: true }) endedAt!: string | null;
  @Field('integer') version!: number;
}

export const ListedSalePageDto = PageOf(ListedSaleViewDto);

export class ListingPeriodDto {
  @Field('string') regionCode!: string;
  @Field('integer', { description: '最短挂牌期（工作日）' }) workingDays!: number;
  @Field('string', { nullable: true, description: '设置该期限的地区；null 为默认 20 个工作日' }) setAt!: string | null;
}

export class SaleNoticeDto {
  @Field('string') id!: string;
  @Field(['listing', 'auction']) route!: 'listing' | 'auction';
  @Field('string') sourceId!: string;
  @Field(['sold', 'unsold'], { description: 'sold 成交；unsold 流拍（竞价）或流标（挂牌）' }) outcome!:
    'sold' | 'unsold';
  @Field('string') title!: string;
  @Field('string') sellerName!: string;
  @Field('string') sellerRegionCode!: string;
  @Field('string', { nullable: true }) priceFen!: string | null;
  @Field('string', { nullable: true, description: '买受人；卖方选择匿名时为空' }) winnerName!: string | null;
  @Field('boolean') winnerShown!: boolean;
  @Field('string') publishedAt!: string;
  @Field('string') endsAt!: string;
}

export const SaleNoticePageDto = PageOf(SaleNoticeDto);
