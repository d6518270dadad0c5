import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsBoolean, Matches } from 'class-validator';
import { NestedObjectArray } from '../../../../libs/shared/http/index.js';
import { CalendarDateField, TextField } from '../dto-fields.js';
import { Field } from '../openapi/response-field.js';

/** A year of the work calendar, 2000–2100. */
export class CalendarYearParamDto {
  @ApiProperty({ example: '2027', description: '年份（2000–2100）' })
  @Matches(/^(20\d\d|2100)$/, { message: 'year 必须是 2000–2100 的年份' })
  year: string;
}

class CalendarDayDto {
  @CalendarDateField({ example: '2027-01-01' })
  day: string;

  @ApiProperty({ description: 'true：调休上班（周末）；false：放假', example: false })
  @IsBoolean({ message: 'isWorkday 必须是 true 或 false' })
  isWorkday: boolean;

  @TextField({ example: '元旦' }, 1, 20)
  name: string;
}

export class ReplaceCalendarYearDto {
  @ApiProperty({ type: [CalendarDayDto], description: '该年全部放假日和调休上班日（按国务院办公厅通知）' })
  @ArrayMaxSize(60)
  @NestedObjectArray(() => CalendarDayDto)
  days: CalendarDayDto[];
}

class CalendarDayViewDto {
  @Field('string') day!: string;
  @Field('boolean') isWorkday!: boolean;
  @Field('string') name!: string;
}

export class WorkCalendarYearViewDto {
  @Field('integer') year!: number;
  @Field(() => CalendarDayViewDto, { array: true }) days!: CalendarDayViewDto[];
  @Field('integer', { array: true, description: '日历已录入的年份；其他年份只按周一至周五计算' })
  loadedYears!: number[];
  @Field('boolean', { description: '十二月仍未录入下一年的节假日安排' }) nextYearMissing!: boolean;
}
