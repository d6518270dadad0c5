import { REGISTRY_MEASURES, type RegistryMeasure } from '../../../../libs/statistics/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

export class RegistryWithdrawalDto {
  @Field('string', { description: '撤销时间（ISO 8601）' }) at!: string;
  @Field('string') reason!: string;
}

export class RegistryEntryViewDto {
  @Field('string') id!: string;
  @Field(REGISTRY_MEASURES, { description: '名录类别（与规划指标的名录口径相同）' }) kind!: RegistryMeasure;
  @Field('string') kindName!: string;
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
  @Field('string') name!: string;
  @Field('string', { nullable: true }) creditCode!: string | null;
  @Field('string', { nullable: true }) certificateNo!: string | null;
  @Field('string') recognisedOn!: string;
  @Field('string', { nullable: true }) validUntil!: string | null;
  @Field('string', { nullable: true }) host!: string | null;
  @Field('string') enteredAt!: string;
  @Field(() => RegistryWithdrawalDto, { nullable: true, description: '误登记而撤销的条目：不再计数' })
  withdrawn!: RegistryWithdrawalDto | null;
}

export const RegistryEntryPageDto = PageOf(RegistryEntryViewDto);
