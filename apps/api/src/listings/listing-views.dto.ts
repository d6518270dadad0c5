import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import {
  ACHIEVEMENT_TYPES,
  COOPERATION_MODES,
  LISTING_KINDS,
  LISTING_STATUSES,
  NEED_VISIBILITIES,
  TRANSFER_MODES,
  type AchievementType,
  type CooperationMode,
  type ListingKind,
  type ListingStatus,
  type NeedVisibility,
  type TransferMode,
} from '../../../../libs/listings/src/index.js';
import { CountMap, Field, PageOf } from '../openapi/response-field.js';
import { IpItemDto, TeamMemberDto } from './listings.dto.js';

/** Fields of a need, an achievement or a 揭榜挂帅 challenge: present for their kind only. */
class ListingKindFieldsDto {
  @Field('string', { nullable: true, optional: true }) industry?: string | null;
  @Field('integer', { nullable: true, optional: true }) budgetMinFen?: number | null;
  @Field('integer', { nullable: true, optional: true }) budgetMaxFen?: number | null;
  @Field('string', { nullable: true, optional: true }) deadline?: string | null;
  @Field(COOPERATION_MODES, { array: true, optional: true }) cooperationModes?: CooperationMode[];
  @Field(ACHIEVEMENT_TYPES, { optional: true }) achievementType?: AchievementType;
  @Field('integer', { optional: true, description: '技术就绪度 1–9' }) trl?: number;
  @Field(TRANSFER_MODES, { array: true, optional: true }) transferModes?: TransferMode[];
  @Field('boolean', { optional: true }) negotiable?: boolean;
  @Field('string', { nullable: true, optional: true }) registryNumber?: string | null;
  @Field('integer', { optional: true, description: '榜额（分）' }) rewardFen?: number;
}

/** A listing as the API returns it. */
export class ListingViewDto extends ListingKindFieldsDto {
  @Field('string') id!: string;
  @Field(LISTING_KINDS) kind!: ListingKind;
  @Field(LISTING_STATUSES) status!: ListingStatus;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field('string', { array: true }) keywords!: string[];
  @Field('string') techFieldCode!: string;
  @Field('string') regionCode!: string;
  @Field('string', { nullable: true, description: '匿名需求对无权查看者为 null' }) orgId!: string | null;
  @Field('string', { nullable: true }) orgName!: string | null;
  @Field(ORG_TYPES) orgType!: OrgType;
  @Field('string', { nullable: true }) contactName!: string | null;
  @Field('string', { nullable: true }) contactPhone!: string | null;
  @Field('string', { nullable: true }) rejectReason!: string | null;
  @Field('integer') version!: number;
  @Field('string', { nullable: true }) submittedAt!: string | null;
  @Field('string', { nullable: true }) publishedAt!: string | null;
  @Field('string') createdAt!: string;
  @Field('string') updatedAt!: string;
  @Field(NEED_VISIBILITIES, { optional: true }) visibility?: NeedVisibility;
  @Field('boolean', { optional: true }) anonymous?: boolean;
  @Field(() => IpItemDto, { array: true, optional: true }) ipItems?: IpItemDto[];
  @Field(() => TeamMemberDto, { array: true, optional: true }) team?: TeamMemberDto[];
  @Field('integer', { nullable: true, optional: true }) priceFen?: number | null;
  @Field('string', { nullable: true, optional: true }) awardedApplicationId?: string | null;
}

export class ApplicationViewDto {
  @Field('string') id!: string;
  @Field('string') challengeId!: string;
  @Field('string') orgId!: string;
  @Field('string') orgName!: string;
  @Field('string') teamName!: string;
  @Field('string') proposal!: string;
  @Field(['submitted', 'awarded', 'not_awarded', 'withdrawn']) status!:
    'submitted' | 'awarded' | 'not_awarded' | 'withdrawn';
  @Field('string') createdAt!: string;
  @Field('string', { nullable: true }) decidedAt!: string | null;
}

export class MyApplicationDto {
  @Field(() => ApplicationViewDto, { nullable: true, description: '未申请时为 null' })
  application!: ApplicationViewDto | null;
}

export class HighlightDto {
  @Field('string', { description: '标题，匹配处以 <em> 标出，其余已转义' }) title!: string;
  @Field('string', { description: '描述片段，同上' }) description!: string;
}

/** A published listing as search finds it. */
export class SearchItemDto extends ListingKindFieldsDto {
  @Field('string') id!: string;
  @Field(LISTING_KINDS) kind!: ListingKind;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field('string', { array: true }) keywords!: string[];
  @Field('string') techFieldCode!: string;
  @Field('string') regionCode!: string;
  @Field(ORG_TYPES) orgType!: OrgType;
  @Field('string', { optional: true }) orgId?: string;
  @Field('string', { optional: true }) orgName?: string;
  @Field('boolean') anonymous!: boolean;
  @Field('integer', { nullable: true, description: '价格、预算上限或榜额（分）；面议为 null' }) priceFen!:
    number | null;
  @Field('integer', { description: '发布时间（毫秒）' }) publishedAt!: number;
  @Field('integer') version!: number;
  @Field(() => HighlightDto) highlight!: HighlightDto;
}

export class SearchResultDto {
  @Field(() => SearchItemDto, { array: true }) items!: SearchItemDto[];
  @Field('integer') total!: number;
  @Field('integer') page!: number;
  @Field('integer') pageSize!: number;
  @CountMap({ nested: true, description: '分面：属性 → 取值 → 条数' })
  facets!: Record<string, Record<string, number>>;
}

export const ListingPageDto = PageOf(ListingViewDto);
export const ApplicationPageDto = PageOf(ApplicationViewDto);
