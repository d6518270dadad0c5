import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { VoucherFlowService } from '../../../../libs/vouchers/src/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import {
  ApproveDto,
  DecisionNoteDto,
  RequestRedemptionDto,
  VoucherIdParamDto,
  VoucherListQueryDto,
} from './vouchers.dto.js';
import { VoucherPageDto, VoucherViewDto } from './vouchers-views.dto.js';

/** Innovation vouchers (创新券): approval, redemption (兑付), and the lists of bureaus, enterprises and providers. */
@ApiTags('vouchers')
@ApiBearerAuth()
@Controller('vouchers')
export class VouchersController {
  constructor(private readonly flow: VoucherFlowService) {}

  @GetRoute(undefined, VoucherPageDto, {
    policy: 'voucher.list',
    summary: '创新券（科技局：本辖区发放或承接的；机构：本机构申请的或作为服务机构的）',
  })
  list(@Query() q: VoucherListQueryDto, @CurrentUser() user: Principal) {
    return this.flow.list(user, q);
  }

  @GetRoute(':id', VoucherViewDto, { policy: 'voucher.read', summary: '创新券详情' })
  get(@Param() p: VoucherIdParamDto) {
    return this.flow.get(p.id);
  }

  @PostRoute(
    ':id/approve',
    { ok: VoucherViewDto },
    { policy: 'voucher.approve', summary: '批准申请：从项目预算中预留额度' },
  )
  approve(@Param() p: VoucherIdParamDto, @Body() b: ApproveDto, @CurrentUser() user: Principal) {
    return this.flow.approve(user, p.id, b.amountFen, b.note);
  }

  @PostRoute(':id/reject', { ok: VoucherViewDto }, { policy: 'voucher.reject', summary: '不批准申请' })
  reject(@Param() p: VoucherIdParamDto, @Body() b: DecisionNoteDto, @CurrentUser() user: Principal) {
    return this.flow.reject(user, p.id, b.note);
  }

  @PostRoute(
    ':id/redemption',
    { ok: VoucherViewDto },
    { policy: 'voucher.request-redemption', summary: '申请兑付：已认定登记的技术合同，或服务凭证' },
  )
  requestRedemption(@Param() p: VoucherIdParamDto, @Body() b: RequestRedemptionDto, @CurrentUser() user: Principal) {
    return this.flow.requestRedemption(user, p.id, b);
  }

  @PostRoute(
    ':id/redeem',
    { ok: VoucherViewDto },
    { policy: 'voucher.redeem', summary: '同意兑付：补助计入发券项目，预留差额释放' },
  )
  redeem(@Param() p: VoucherIdParamDto, @CurrentUser() user: Principal) {
    return this.flow.redeem(user, p.id);
  }

  @PostRoute(
    ':id/return-redemption',
    { ok: VoucherViewDto },
    { policy: 'voucher.return-redemption', summary: '退回兑付申请（额度保留至到期）' },
  )
  returnRedemption(@Param() p: VoucherIdParamDto, @Body() b: DecisionNoteDto, @CurrentUser() user: Principal) {
    return this.flow.returnRedemption(user, p.id, b.note);
  }
}
