import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { WorkCalendarService } from '../../../../libs/contracts/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { GetRoute, PutRoute } from '../openapi/routes.js';
import { CalendarYearParamDto, ReplaceCalendarYearDto, WorkCalendarYearViewDto } from './work-calendar.dto.js';

/**
 * The work calendar that registration deadlines, reminders and 挂牌 periods count working days on:
 * each year's holidays and make-up working days, entered by the platform admin from the State
 * Council's yearly notice.
 */
@ApiTags('contracts')
@Controller('work-calendar')
export class WorkCalendarController {
  constructor(private readonly calendar: WorkCalendarService) {}

  @GetRoute(':year', WorkCalendarYearViewDto, {
    policy: 'reference.work-calendar',
    summary: '工作日历：某年的放假日和调休上班日',
  })
  get(@Param() p: CalendarYearParamDto) {
    return this.calendar.year(Number(p.year));
  }

  @PutRoute(':year', WorkCalendarYearViewDto, {
    policy: 'reference.work-calendar.update',
    summary: '替换某年的放假日和调休上班日（平台管理员，按国务院办公厅通知录入）',
  })
  @ApiBearerAuth()
  replace(@Param() p: CalendarYearParamDto, @Body() b: ReplaceCalendarYearDto, @CurrentUser() user: Principal) {
    return this.calendar.replaceYear(user, Number(p.year), b.days);
  }
}
