import { Field, PageOf } from '../openapi/response-field.js';

const LEVELS = ['province', 'city', 'county'] as const;

/** Response DTOs of the reference data: regions, dated code tables, policy targets. */
export class RegionViewDto {
  @Field('string') code!: string;
  @Field('string') name!: string;
  @Field(LEVELS) level!: (typeof LEVELS)[number];
  @Field('string', { nullable: true }) parentCode!: string | null;
  @Field('string', { nullable: true }) validFrom!: string | null;
  @Field('string', { nullable: true }) validTo!: string | null;
  @Field('integer', { optional: true }) childCount?: number;
}

export class RegionDetailDto extends RegionViewDto {
  @Field(() => RegionViewDto, { array: true, description: '由近及远：县 → 市 → 省' }) ancestors!: RegionViewDto[];
}

export class DatedCodeDto {
  @Field('string') code!: string;
  @Field('string') name!: string;
  @Field('string') validFrom!: string;
  @Field('string', { nullable: true }) validTo!: string | null;
}

export class ContractTypeViewDto extends DatedCodeDto {
  @Field(() => DatedCodeDto, { array: true }) subtypes!: DatedCodeDto[];
}

export class PolicyTargetViewDto {
  @Field('integer') id!: number;
  @Field('string') regionCode!: string;
  @Field('string') indicatorCode!: string;
  @Field('string') indicatorName!: string;
  @Field(['absorption', 'output', 'registered'], { nullable: true }) perspective!:
    'absorption' | 'output' | 'registered' | null;
  @Field('integer') targetYear!: number;
  @Field('integer', { description: '起算年份（累计和水平类目标：规划首年；年度目标：目标年份）' }) fromYear!: number;
  @Field(['annual', 'cumulative', 'level']) accumulation!: 'annual' | 'cumulative' | 'level';
  @Field('integer', { nullable: true, description: '“翻番”类目标的基数年份' }) baseYear!: number | null;
  @Field('string', { description: '目标值（两位小数的文本；元、项或百分比）' }) value!: string;
  @Field(['yuan', 'count', 'percent']) unit!: 'yuan' | 'count' | 'percent';
  @Field(['gt', 'gte', 'eq']) comparison!: 'gt' | 'gte' | 'eq';
  @Field('integer', { nullable: true, description: '科技局新增的目标所属规划；预置目标为 null' }) planId!:
    number | null;
  @Field('integer', { description: '版本号（修订时提交）' }) version!: number;
  @Field('string') sourceDoc!: string;
  @Field('string') sourceQuote!: string;
}

export const RegionPageDto = PageOf(RegionViewDto);
export const PolicyTargetPageDto = PageOf(PolicyTargetViewDto);

export class TargetPlanViewDto {
  @Field('integer') id!: number;
  @Field('string') regionCode!: string;
  @Field('string') title!: string;
  @Field('string') document!: string;
  @Field('integer') fromYear!: number;
  @Field('integer') toYear!: number;
  @Field('string') createdAt!: string;
}

export class TargetRevisionViewDto {
  @Field('integer', { description: '被取代的版本' }) version!: number;
  @Field('string') value!: string;
  @Field('string') comparison!: string;
  @Field('integer') fromYear!: number;
  @Field('integer') targetYear!: number;
  @Field('string') accumulation!: string;
  @Field('integer', { nullable: true }) baseYear!: number | null;
  @Field('string') reason!: string;
  @Field('string') revisedBy!: string;
  @Field('string') revisedAt!: string;
}

export class TargetHistoryDto {
  @Field(() => PolicyTargetViewDto) target!: PolicyTargetViewDto;
  @Field(() => TargetRevisionViewDto, { array: true }) revisions!: TargetRevisionViewDto[];
}
