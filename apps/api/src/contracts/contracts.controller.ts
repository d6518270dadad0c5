import { Body, Controller, Param, Put, Query } from '@nestjs/common';
import { GetRoute, PatchRoute, PostRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ContractPageDto, ContractViewDto } from './contract-views.dto.js';
import { AdjustmentService, ContractsService, RegistrationService } from '../../../../libs/contracts/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  AmendDto,
  CancelDto,
  CertifiedQueryDto,
  CertifyDto,
  ContractIdParamDto,
  ContractListQueryDto,
  CreateContractDto,
  QueueQueryDto,
  RegionParamDto,
  RejectContractDto,
  TimeLimitDto,
  UpdateContractDto,
  ContractVersionDto,
} from './contracts.dto.js';
import { ApiIdempotencyKey, IdempotencyKey, IdempotencyService } from '../../../../libs/shared/http/index.js';

/** Technology contracts: writing, registration (认定登记) and amendments. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly registration: RegistrationService,
    private readonly adjustments: AdjustmentService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @PostRoute(
    undefined,
    { created: ContractViewDto },
    { policy: 'contract.create', summary: '填写技术合同（卖方，或对接项目的经纪人代为填写）' },
  )
  @ApiIdempotencyKey(false)
  create(@Body() b: CreateContractDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `contract.create:${user.userId}`, key, request: b }, (em) =>
      this.contracts.create(user, b, em),
    );
  }

  @GetRoute(undefined, ContractPageDto, {
    policy: 'contract.list',
    summary: '本机构的技术合同（卖方、买方、中介或填写方）',
  })
  list(@Query() q: ContractListQueryDto, @CurrentUser() user: Principal) {
    return this.contracts.listOwn(user, q);
  }

  @GetRoute('registration-queue', ContractPageDto, {
    policy: 'contract.queue',
    summary: '待登记合同（本辖区，按期限排序；overdue=true 只看超期的）',
  })
  queue(@Query() q: QueueQueryDto, @CurrentUser() user: Principal) {
    return this.registration.queue(user, q);
  }

  @GetRoute('certified', ContractPageDto, {
    policy: 'contract.certified',
    summary: '已认定登记的合同（本辖区或其下级地区）',
  })
  certified(@Query() q: CertifiedQueryDto, @CurrentUser() user: Principal) {
    return this.registration.certified(user, q);
  }

  @Put('time-limits/:regionCode')
  @Operation('contract.time-limit', '设置登记时限（工作日，科技局管理员）')
  setTimeLimit(@Param() p: RegionParamDto, @Body() b: TimeLimitDto, @CurrentUser() user: Principal) {
    return this.registration.setTimeLimit(user, p.regionCode, b.workingDays);
  }

  @GetRoute(':id', ContractViewDto, { policy: 'contract.read', summary: '合同详情（含收益分配提示、变更/撤销记录）' })
  get(@Param() p: ContractIdParamDto, @CurrentUser() user: Principal) {
    return this.contracts.get(user, p.id);
  }

  @PatchRoute(':id', ContractViewDto, {
    policy: 'contract.update',
    summary: '修改合同（草稿或被退回时；已登记的合同请办理变更）',
  })
  update(@Param() p: ContractIdParamDto, @Body() b: UpdateContractDto, @CurrentUser() user: Principal) {
    const { version, ...patch } = b;
    return this.contracts.update(user, p.id, version, patch);
  }

  @PostRoute(':id/submit', { ok: ContractViewDto }, { policy: 'contract.submit', summary: '提交认定登记（卖方）' })
  @ApiIdempotencyKey(true)
  submit(
    @Param() p: ContractIdParamDto,
    @Body() b: ContractVersionDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentUser() user: Principal,
  ) {
    return this.registration.submit(user, p.id, b.version, key);
  }

  @PostRoute(
    ':id/certify',
    { ok: ContractViewDto },
    { policy: 'contract.certify', summary: '认定登记（卖方所在地区的科技局；可核定金额）' },
  )
  @ApiIdempotencyKey(true)
  certify(
    @Param() p: ContractIdParamDto,
    @Body() b: CertifyDto,
    @IdempotencyKey() key: string | undefined,
    @CurrentUser() user: Principal,
  ) {
    return this.registration.certify(user, p.id, b, key);
  }

  @PostRoute(
    ':id/reject',
    { ok: ContractViewDto },
    { policy: 'contract.reject', summary: '不予登记（须选择理由代码）' },
  )
  reject(@Param() p: ContractIdParamDto, @Body() b: RejectContractDto, @CurrentUser() user: Principal) {
    return this.registration.reject(user, p.id, b);
  }

  @PostRoute(
    ':id/amendments',
    { created: ContractViewDto },
    { policy: 'contract.amend', summary: '变更登记：新记录，按生效日期调整统计' },
  )
  @ApiIdempotencyKey(false)
  amend(
    @Param() p: ContractIdParamDto,
    @Body() b: AmendDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once({ scope: `contract.amend:${user.userId}`, key, request: { id: p.id, ...b } }, (em) =>
      this.adjustments.amend(user, p.id, b, em),
    );
  }

  @PostRoute(
    ':id/cancellation',
    { created: ContractViewDto },
    { policy: 'contract.cancel', summary: '撤销登记：原记录保留，新增冲减记录' },
  )
  @ApiIdempotencyKey(false)
  cancel(
    @Param() p: ContractIdParamDto,
    @Body() b: CancelDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once({ scope: `contract.cancel:${user.userId}`, key, request: { id: p.id, ...b } }, (em) =>
      this.adjustments.cancel(user, p.id, b, em),
    );
  }
}
