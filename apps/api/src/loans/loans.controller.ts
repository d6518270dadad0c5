import { Body, Controller, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LoansService } from '../../../../libs/loans/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey, PageQueryDto } from '../../../../libs/shared/http/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { EnterpriseContractsQueryDto, FileLoanDto, LoanEntryDto, LoanIdParamDto } from './loans.dto.js';
import { LoanContractOptionDto, LoanPageDto, LoanViewDto } from './loans-views.dto.js';

/** 成果转化贷款备案: banks file loans for enterprises that authorised them, and record repayments, defaults, settlement. */
@ApiTags('loans')
@ApiBearerAuth()
@Controller('loans')
export class LoansController {
  constructor(private readonly loans: LoansService) {}

  @PostRoute(
    undefined,
    { created: LoanViewDto },
    { policy: 'loan.create', summary: '备案一笔成果转化贷款（借款企业须已授权本机构）' },
  )
  @ApiIdempotencyKey(false)
  file(@Body() b: FileLoanDto, @CurrentUser() user: Principal, @IdempotencyKey() key: string | undefined) {
    return this.loans.file(user, b, key);
  }

  @GetRoute(undefined, LoanPageDto, {
    policy: 'loan.list',
    summary: '贷款备案（金融机构：本机构备案的；企业：本企业的；科技局：本辖区企业的）',
  })
  list(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.loans.list(user, q);
  }

  @GetRoute('enterprise-contracts', [LoanContractOptionDto], {
    policy: 'loan.enterprise-contracts',
    summary: '授权本机构的企业已认定登记的技术合同（备案时关联）',
  })
  enterpriseContracts(@Query() q: EnterpriseContractsQueryDto, @CurrentUser() user: Principal) {
    return this.loans.enterpriseContracts(user, q.enterpriseOrgId);
  }

  @GetRoute(':id', LoanViewDto, { policy: 'loan.read', summary: '贷款备案详情（含还款、违约、结清记录）' })
  get(@Param() p: LoanIdParamDto) {
    return this.loans.get(p.id);
  }

  @PostRoute(
    ':id/entries',
    { ok: LoanViewDto },
    { policy: 'loan.add-entry', summary: '登记还款、违约或结清（只追加，不修改备案）' },
  )
  addEntry(@Param() p: LoanIdParamDto, @Body() b: LoanEntryDto, @CurrentUser() user: Principal) {
    return this.loans.addEntry(user, p.id, b);
  }
}
