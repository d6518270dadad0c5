import { Body, Controller, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PublicFiguresService } from '../../../../libs/statistics/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { GetRoute, PutRoute } from '../openapi/routes.js';
import { PublicRegionParamDto, PublicSettingDto } from './public-figures.dto.js';
import { PublicFiguresDto, PublicRegionDto, PublicSettingViewDto } from './public-figures-views.dto.js';

/**
 * 指标公开: a bureau chooses whether its region's figures are published; anyone reads the
 * figures of a publishing region without login (a region that does not publish answers 404).
 */
@ApiTags('statistics')
@Controller()
export class PublicFiguresController {
  constructor(private readonly figures: PublicFiguresService) {}

  @GetRoute('public/figures', [PublicRegionDto], {
    policy: 'public-figures.list',
    summary: '公开科技成果转化指标的地区',
  })
  @Header('Cache-Control', 'public, max-age=60')
  list() {
    return this.figures.publishing();
  }

  @GetRoute('public/figures/:regionCode', PublicFiguresDto, {
    policy: 'public-figures.read',
    summary: '地区公开的科技成果转化指标（汇总数据；不足 3 项合同的金额不公开）',
  })
  @Header('Cache-Control', 'public, max-age=60')
  read(@Param() p: PublicRegionParamDto) {
    return this.figures.figures(p.regionCode);
  }

  @GetRoute('stats/public-setting/:regionCode', PublicSettingViewDto, {
    policy: 'stats.public-setting',
    summary: '本地区指标是否向社会公开',
  })
  @ApiBearerAuth()
  setting(@Param() p: PublicRegionParamDto) {
    return this.figures.setting(p.regionCode);
  }

  @PutRoute('stats/public-setting/:regionCode', PublicSettingViewDto, {
    policy: 'stats.public-setting.update',
    summary: '设置本地区指标是否向社会公开（科技局管理员）',
  })
  @ApiBearerAuth()
  update(@Param() p: PublicRegionParamDto, @Body() b: PublicSettingDto, @CurrentUser() user: Principal) {
    return this.figures.setPublished(user, p.regionCode, b.published);
  }
}
