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

export class TargetBasisDto {
  @Field(PERSPECTIVES) perspective!: Perspective;
  @Field(['contractAmount']) measure!: 'contractAmount';
  @Field('integer') year!: number;
  @Field('integer') months!: number;
}

export class TargetProgressDto {
  @Field('integer') id!: number;
  @Field('string') regionCode!: string;
  @Field('string') indicatorCode!: string;
  @Field('string') indicatorName!: string;
  @Field('integer') targetYear!: number;
  @Field('string', { description: '目标值（元、项或百分比，两位小数）' }) targetValue!: string;
  @Field(['yuan', 'count', 'percent']) unit!: 'yuan' | 'count' | 'percent';
  @Field(['gt', 'gte', 'eq']) comparison!: 'gt' | 'gte' | 'eq';
  @Field('string') sourceDoc!: string;
  @Field('string') sourceQuote!: string;
  @Field(() => TargetBasisDto, { nullable: true }) basis!: TargetBasisDto | null;
  @Field('string', { nullable: true, description: '已完成（元，两位小数）；平台无数据时为 null' }) actual!:
    string | null;
  @Field('string', { nullable: true, description: '完成百分比，两位小数' }) percentReached!: string | null;
  @Field('string', { nullable: true, description: '按目前进度推算的年末值（元）' }) projection!: string | null;
  @Field('boolean', { nullable: true }) onTrack!: boolean | null;
  @Field('string', { optional: true }) reason?: string;
}

export class TargetsResultDto {
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field('string') asOf!: string;
  @Field(() => TargetProgressDto, { array: true }) items!: TargetProgressDto[];
}
