import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey, PageQueryDto } from '../../../../libs/shared/http/index.js';
import {
  VOUCHER_CATEGORIES,
  VoucherFlowService,
  VoucherProgrammesService,
} from '../../../../libs/vouchers/src/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { AddProviderDto, VoucherApplyDto, CreateProgrammeDto, ProgrammeIdParamDto } from './vouchers.dto.js';
import {
  CodeNameDto,
  LedgerPageDto,
  ProgrammePageDto,
  ProgrammeViewDto,
  VoucherViewDto,
} from './vouchers-views.dto.js';

/** Innovation voucher programmes (创新券项目): opened by a bureau for its region, applied to by its enterprises. */
@ApiTags('vouchers')
@ApiBearerAuth()
@Controller('voucher-programmes')
export class VoucherProgrammesController {
  constructor(
    private readonly programmes: VoucherProgrammesService,
    private readonly flow: VoucherFlowService,
  ) {}

  @GetRoute('categories', [CodeNameDto], { policy: 'voucher.categories', summary: '创新券服务类别' })
  categories() {
    return Object.entries(VOUCHER_CATEGORIES).map(([code, name]) => ({ code, name }));
  }

  @PostRoute(
    undefined,
    { created: ProgrammeViewDto },
    {
      policy: 'voucher-programme.create',
      summary: '创建创新券项目（本局辖区；预算、申报期、适用企业、服务类别、补助比例与上限、服务机构、通用通兑）',
    },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateProgrammeDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.programmes.create(user, b, key);
  }

  @GetRoute(undefined, ProgrammePageDto, {
    policy: 'voucher-programme.list',
    summary: '创新券项目（科技局：本辖区发放或接受的；企业：可申报的；服务机构：批准本机构的）',
  })
  list(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.programmes.list(user, q);
  }

  @GetRoute(':id', ProgrammeViewDto, { policy: 'voucher-programme.read', summary: '创新券项目详情' })
  get(@Param() p: ProgrammeIdParamDto) {
    return this.programmes.get(p.id);
  }

  @PostRoute(
    ':id/providers',
    { ok: ProgrammeViewDto },
    { policy: 'voucher-programme.add-provider', summary: '批准服务机构' },
  )
  addProvider(@Param() p: ProgrammeIdParamDto, @Body() b: AddProviderDto, @CurrentUser() user: Principal) {
    return this.programmes.addProvider(user, p.id, b.orgId);
  }

  @GetRoute(':id/ledger', LedgerPageDto, {
    policy: 'voucher-programme.ledger',
    summary: '预算台账（预留、释放、兑付，逐笔只增不改）',
  })
  ledger(@Param() p: ProgrammeIdParamDto, @Query() q: PageQueryDto) {
    return this.programmes.ledger(p.id, q);
  }

  @PostRoute(
    ':id/applications',
    { created: VoucherViewDto },
    { policy: 'voucher.apply', summary: '企业申请创新券（服务类别、服务机构、计划金额）' },
  )
  @ApiIdempotencyKey(false)
  apply(
    @Param() p: ProgrammeIdParamDto,
    @Body() b: VoucherApplyDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.flow.apply(user, p.id, b, key);
  }
}
