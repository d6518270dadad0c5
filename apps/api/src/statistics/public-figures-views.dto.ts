import { Field } from '../openapi/response-field.js';
import { TargetProgressDto } from './statistics-views.dto.js';

/** Response DTOs of the public figures: aggregates only; amounts of fewer than three contracts withheld. */
export class PublicSettingViewDto {
  @Field('string') regionCode!: string;
  @Field('string') regionName!: string;
  @Field('boolean') published!: boolean;
  @Field('string', { nullable: true, description: 'ISO 8601 时间' }) updatedAt!: string | null;
}

export class PublicRegionDto {
  @Field('string') code!: string;
  @Field('string') name!: string;
}

export class PublicTotalsDto {
  @Field('integer') count!: number;
  @Field('string', { nullable: true, description: '合同成交额（分）；不足 3 项时不公开（null）' }) contractAmountFen!:
    string | null;
  @Field('string', { nullable: true, description: '技术交易额（分）；不足 3 项时不公开（null）' }) techAmountFen!:
    string | null;
  @Field('boolean', { description: '金额因合同不足 3 项而不公开' }) withheld!: boolean;
}

export class PublicMonthDto {
  @Field('string', { description: 'YYYY-MM' }) month!: string;
  @Field(() => PublicTotalsDto) totals!: PublicTotalsDto;
}

export class PublicYearDto {
  @Field('integer') year!: number;
  @Field(() => PublicTotalsDto, { description: '全年（本年为截至今日）' }) total!: PublicTotalsDto;
  @Field(() => PublicMonthDto, { array: true }) months!: PublicMonthDto[];
}

export class PublicPerspectiveDto {
  @Field(['absorption', 'output'], { description: '吸纳（买方在本地区）或输出（卖方在本地区）' }) perspective!:
    'absorption' | 'output';
  @Field(() => PublicYearDto, { array: true, description: '上年与本年' }) years!: PublicYearDto[];
}

export class PublicTargetDto extends TargetProgressDto {
  @Field('boolean', { description: '实际值因合同不足 3 项而不公开' }) withheld!: boolean;
}

export class PublicFiguresDto {
  @Field(() => PublicRegionDto) region!: PublicRegionDto;
  @Field('string') asOf!: string;
  @Field('integer', { description: '公开金额所需的最少合同数' }) minContracts!: number;
  @Field(() => PublicPerspectiveDto, { array: true }) perspectives!: PublicPerspectiveDto[];
  @Field(() => PublicTargetDto, { array: true }) targets!: PublicTargetDto[];
}
