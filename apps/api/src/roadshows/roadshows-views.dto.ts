import { Field, PageOf } from '../openapi/response-field.js';

const FORMATS = ['online', 'venue', 'hybrid'] as const;
const STATUSES = ['draft', 'published', 'cancelled'] as const;
const PHASES = ['draft', 'upcoming', 'ongoing', 'ended', 'cancelled'] as const;

export class RoadshowItemViewDto {
  @Field(['achievement', 'auction']) kind!: 'achievement' | 'auction';
  @Field('string') id!: string;
  @Field('string') title!: string;
  @Field('string', { description: '推介方（成果或标的所属机构）' }) presenterName!: string;
}

export class RoadshowViewDto {
  @Field('string') id!: string;
  @Field('string') organiserOrgId!: string;
  @Field('string') organiserName!: string;
  @Field('string') regionCode!: string;
  @Field('string') title!: string;
  @Field('string') description!: string;
  @Field(FORMATS) format!: (typeof FORMATS)[number];
  @Field('string') formatText!: string;
  @Field('string', { nullable: true, description: '线上参会链接：主办方、报名机构、科技局和平台可见，其他人为 null' })
  onlineUrl!: string | null;
  @Field('string', { nullable: true }) venue!: string | null;
  @Field('string') startsAt!: string;
  @Field('string') endsAt!: string;
  @Field('integer', { nullable: true }) capacity!: number | null;
  @Field('integer') registeredCount!: number;
  @Field(STATUSES) status!: (typeof STATUSES)[number];
  @Field(PHASES, { description: '按服务器时间：草稿、报名中、进行中、已结束、已取消' }) phase!: (typeof PHASES)[number];
  @Field('string') phaseText!: string;
  @Field('string', { nullable: true }) cancelReason!: string | null;
  @Field(() => RoadshowItemViewDto, { array: true }) items!: RoadshowItemViewDto[];
  @Field('boolean', { nullable: true, description: '本机构是否已报名（未登录或主办方为 null）' })
  registered!: boolean | null;
  @Field('boolean', { description: '本机构是主办方' }) mine!: boolean;
  @Field('integer') version!: number;
}

export const RoadshowPageDto = PageOf(RoadshowViewDto);

export class RoadshowRegistrationViewDto {
  @Field('string') orgId!: string;
  @Field('string') orgName!: string;
  @Field('string') registeredAt!: string;
  @Field('boolean', { nullable: true, description: '是否到场（null：尚未登记）' }) attended!: boolean | null;
}

export class RoadshowParticipantsDto {
  @Field(() => RoadshowRegistrationViewDto, { array: true }) registrations!: RoadshowRegistrationViewDto[];
  @Field('string', { array: true, description: '登记为路演成果的对接项目 ID' }) dealIds!: string[];
  @Field('integer') attendedCount!: number;
}
