import { Field } from '../openapi/response-field.js';
import { StatsPeriodDto, StatsRegionRefDto, StatsTotalsDto } from './statistics-views.dto.js';

/** Response DTOs of the reports. Amounts are integer fen as decimal strings. */
export class ReportCountDto {
  @Field('string') key!: string;
  @Field('string') name!: string;
  @Field('integer', { nullable: true, description: '提供该数据的模块未接入时为 null' }) count!: number | null;
}

export class ReportContractRowDto {
  @Field('string') key!: string;
  @Field('string') name!: string;
  @Field(() => StatsTotalsDto, { description: '吸纳（按买方所在地）' }) absorption!: StatsTotalsDto;
  @Field(() => StatsTotalsDto, { description: '输出（按卖方所在地）' }) output!: StatsTotalsDto;
  @Field(() => StatsTotalsDto, { description: '登记（按登记机构所在地）' }) registered!: StatsTotalsDto;
}

export class ReportContractTotalsDto {
  @Field(() => StatsTotalsDto) absorption!: StatsTotalsDto;
  @Field(() => StatsTotalsDto) output!: StatsTotalsDto;
  @Field(() => StatsTotalsDto) registered!: StatsTotalsDto;
}

export class ReportOrganisationDto extends StatsTotalsDto {
  @Field('integer') rank!: number;
  @Field('string', { description: '登记时的单位名称' }) name!: string;
}

export class ReportTargetDto {
  @Field('string') indicatorName!: string;
  @Field(['period', 'span'], { description: 'period：本年度目标；span：累计或跨年度目标' }) group!: 'period' | 'span';
  @Field('string') goal!: string;
  @Field('string', { nullable: true }) actual!: string | null;
  @Field('string', { nullable: true }) percentReached!: string | null;
  @Field(['not_started', 'on_track', 'behind', 'achieved', 'missed', 'awaiting']) status!:
    'not_started' | 'on_track' | 'behind' | 'achieved' | 'missed' | 'awaiting';
  @Field('string') statusText!: string;
  @Field('string') source!: string;
}

export class RegionReportDto {
  @Field(['quarterly', 'annual']) kind!: 'quarterly' | 'annual';
  @Field('string') title!: string;
  @Field(() => StatsRegionRefDto) region!: StatsRegionRefDto;
  @Field(() => StatsPeriodDto) period!: StatsPeriodDto;
  @Field(['reported', 'amended']) basis!: 'reported' | 'amended';
  @Field(['preliminary', 'frozen', 'amended'], {
    description: 'preliminary：本期未结束；frozen：按首次生成时定稿；amended：按最新更正',
  })
  state!: 'preliminary' | 'frozen' | 'amended';
  @Field('string') stateText!: string;
  @Field('string', { nullable: true, description: '定稿时间（截止点），ISO 8601' }) frozenAt!: string | null;
  @Field('string') generatedAt!: string;
  @Field('integer', { nullable: true }) needsCollected!: number | null;
  @Field('integer', { nullable: true }) achievementsRegistered!: number | null;
  @Field('integer', { nullable: true, description: '匹配推送（对接提醒）条数' }) matchesMade!: number | null;
  @Field(() => ReportCountDto, { array: true }) matchFeedback!: ReportCountDto[];
  @Field(() => ReportCountDto, { array: true }) dealsByStage!: ReportCountDto[];
  @Field(() => ReportCountDto, { array: true, description: '路演活动：举办场次、报名、到场、路演后达成的对接项目' })
  roadshows!: ReportCountDto[];
  @Field('string', { description: '目标进度的计算日期' }) targetsAsOf!: string;
  @Field(() => ReportTargetDto, { array: true }) targets!: ReportTargetDto[];
  @Field(() => ReportContractTotalsDto) contractTotals!: ReportContractTotalsDto;
  @Field(() => ReportContractRowDto, { array: true }) byType!: ReportContractRowDto[];
  @Field(() => ReportContractRowDto, { array: true }) byField!: ReportContractRowDto[];
  @Field(() => ReportOrganisationDto, { array: true }) topSellers!: ReportOrganisationDto[];
  @Field(() => ReportOrganisationDto, { array: true }) topBuyers!: ReportOrganisationDto[];
}
