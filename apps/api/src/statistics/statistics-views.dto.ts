import { Field } from '../openapi/response-field.js';

const PERSPECTIVES = ['absorption', 'output', 'registered'] as const;
type Perspective = (typeof PERSPECTIVES)[number];

/** Response DTOs of statistics. Amounts are integer fen as decimal strings: the web rounds once, for display. */
export class StatsTotalsDto {
  @Field('integer') count!: number;
  @Field('string', { description: '合同成交额（分）' }) contractAmountFen!: string;
  @Field('string', { description: '技术交易额（分）' }) techAmountFen!: string;
}

export class StatsGroupRowDto extends StatsTotalsDto {
  @Field('string') key!: string;
  @Field('string') name!: string;
}

export class StatsRegionRefDto {
  @Field('string', { nullable: true, description: 'null：全国' }) code!: string | null;
  @Field('string') name!: string;
}

export class StatsPeriodDto {
  @Field('string', { description: '如 2025-Q3、2025-07、2025、2025-ytd' }) code!: string;
  @Field(['month', 'quarter', 'year', 'ytd', 'years']) kind!: 'month' | 'quarter' | 'year' | 'ytd' | 'years';
  @Field('integer') year!: number;
  @Field('string') fromMonth!: string;
  @Field('string') toMonth!: string;
  @Field('string', { description: '如 2025年第3季度' }) label!: string;
}

export class StatsRouteRowDto extends StatsTotalsDto {
  @Field(['agreement', 'listing', 'auction', 'unknown'], { description: '定价方式；unknown 为导入数据未记录' })
  route!: 'agreement' | 'listing' | 'auction' | 'unknown';
  @Field('string') name!: string;
}

export class RoutesResultDto {
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field(() => StatsPeriodDto) period!: StatsPeriodDto;
  @Field(PERSPECTIVES) perspective!: Perspective;
  @Field(() => StatsRouteRowDto, { array: true }) rows!: StatsRouteRowDto[];
  @Field(() => StatsTotalsDto, { description: '各行之和' }) total!: StatsTotalsDto;
}

export class SummaryResultDto {
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field(() => StatsPeriodDto) period!: StatsPeriodDto;
  @Field(PERSPECTIVES) perspective!: Perspective;
  @Field(['child-region', 'type', 'field', 'month']) groupBy!: 'child-region' | 'type' | 'field' | 'month';
  @Field(() => StatsGroupRowDto, { array: true }) rows!: StatsGroupRowDto[];
  @Field(() => StatsTotalsDto, { description: '各行之和' }) total!: StatsTotalsDto;
}

export class FlowAxisEntryDto {
  @Field('string') code!: string;
  @Field('string') name!: string;
  @Field('boolean', { description: '本地区或其下级为 true；区外的省为 false' }) inside!: boolean;
}

export class FlowCellDto extends StatsTotalsDto {
  @Field('string') seller!: string;
  @Field('string') buyer!: string;
}

export class FlowsResultDto {
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field(() => StatsPeriodDto) period!: StatsPeriodDto;
  @Field(() => FlowAxisEntryDto, { array: true }) axis!: FlowAxisEntryDto[];
  @Field(() => FlowCellDto, { array: true }) cells!: FlowCellDto[];
  @Field(() => StatsTotalsDto) total!: StatsTotalsDto;
}

export class TargetSourceDto {
  @Field(['ledger', 'records', 'reported'], { description: '数据来源：技术合同登记台账、平台记录或填报' }) kind!:
    'ledger' | 'records' | 'reported';
  @Field('string') label!: string;
  @Field('string', { array: true, description: '平台记录由哪些部分组成；填报数据的来源文件' }) parts!: string[];
  @Field('string', { nullable: true, description: '平台记录的计数口径（名录种类等）' }) measure!: string | null;
}

export class TargetProjectionDto {
  @Field('string', { description: '推算的期末值（与目标同单位）' }) value!: string;
  @Field(['linear', 'seasonal', 'from-base']) method!: 'linear' | 'seasonal' | 'from-base';
  @Field('string') methodText!: string;
}

export class TargetAwaitingDto {
  @Field(['bureau_staff']) role!: 'bureau_staff';
  @Field('string') roleName!: string;
}

export class TargetProgressDto {
  @Field('integer') id!: number;
  @Field('string') regionCode!: string;
  @Field('string') indicatorCode!: string;
  @Field('string') indicatorName!: string;
  @Field('integer') fromYear!: number;
  @Field('integer') targetYear!: number;
  @Field(['annual', 'cumulative', 'level']) accumulation!: 'annual' | 'cumulative' | 'level';
  @Field('integer', { nullable: true }) baseYear!: number | null;
  @Field(['yuan', 'count', 'percent']) unit!: 'yuan' | 'count' | 'percent';
  @Field('string', { nullable: true, description: '计数的量词（项、家、个、人、次）' }) countWord!: string | null;
  @Field(['gt', 'gte', 'eq']) comparison!: 'gt' | 'gte' | 'eq';
  @Field('boolean', { description: '越少越好（清零类目标）' }) lowerIsBetter!: boolean;
  @Field('string') sourceDoc!: string;
  @Field('string') sourceQuote!: string;
  @Field('string', { description: '目标值：元（两位小数）、整数计数或百分比' }) targetValue!: string;
  @Field(() => TargetSourceDto) source!: TargetSourceDto;
  @Field('integer', { nullable: true, description: '台账数据：目标期内（截至目前）认定登记的合同数' }) contracts!:
    number | null;
  @Field('string', { description: '目标期首月 YYYY-MM' }) fromMonth!: string;
  @Field('string', { description: '目标期末月 YYYY-MM' }) toMonth!: string;
  @Field('integer') elapsedMonths!: number;
  @Field('integer') totalMonths!: number;
  @Field('boolean', { description: '目标期已结束：状态为结果（达成/未达成）' }) closed!: boolean;
  @Field('string', { nullable: true, description: '实际值（与目标同单位）；待填报时为 null' }) actual!: string | null;
  @Field('string', { nullable: true, description: '完成百分比，两位小数' }) percentReached!: string | null;
  @Field(() => TargetProjectionDto, { nullable: true }) projection!: TargetProjectionDto | null;
  @Field(['not_started', 'on_track', 'behind', 'achieved', 'missed', 'awaiting']) status!:
    'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
  @Field(() => TargetAwaitingDto, { nullable: true }) awaiting!: TargetAwaitingDto | null;
}

export class TargetsResultDto {
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field('string') asOf!: string;
  @Field(() => TargetProgressDto, { array: true }) items!: TargetProgressDto[];
}
