import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { RegistriesService } from '../../../../libs/registries/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import {
  CreateRegistryEntryDto,
  RegistryEntryIdParamDto,
  RegistryListQueryDto,
  WithdrawRegistryEntryDto,
} from './registries.dto.js';
import { RegistryEntryPageDto, RegistryEntryViewDto } from './registries-views.dto.js';

/** The registries the plans count (高企, 科小, 中试基地, 转化中心/园区, 创新平台, 科技特派员), kept by bureaus. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller('registry-entries')
export class RegistriesController {
  constructor(private readonly registries: RegistriesService) {}

  @PostRoute(
    undefined,
    { created: RegistryEntryViewDto },
    {
      policy: 'registry.create',
      summary: '登记名录条目（高新技术企业、科技型中小企业、中试基地、创新平台、科技特派员等）',
    },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateRegistryEntryDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.registries.create(user, b, key);
  }

  @GetRoute(undefined, RegistryEntryPageDto, { policy: 'registry.list', summary: '名录条目（本辖区）' })
  list(@Query() q: RegistryListQueryDto, @CurrentUser() user: Principal) {
    return this.registries.list(user, q);
  }

  @PostRoute(
    ':id/withdraw',
    { ok: RegistryEntryViewDto },
    { policy: 'registry.withdraw', summary: '撤销误登记的名录条目（保留记录和原因，不再计数）' },
  )
  withdraw(@Param() p: RegistryEntryIdParamDto, @Body() b: WithdrawRegistryEntryDto, @CurrentUser() user: Principal) {
    return this.registries.withdraw(user, p.id, b.reason);
  }
}
