import { Body, Controller, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { LoanAuthorisationsService } from '../../../../libs/loans/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey } from '../../../../libs/shared/http/index.js';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { GrantLoanAuthorisationDto, LoanAuthorisationIdParamDto } from './loans.dto.js';
import { LoanAuthorisationViewDto, LoanBankViewDto } from './loans-views.dto.js';

/** An enterprise's authorisations of financial institutions (to file its loans and read its innovation score). */
@ApiTags('loans')
@ApiBearerAuth()
@Controller('loan-authorisations')
export class LoanAuthorisationsController {
  constructor(private readonly authorisations: LoanAuthorisationsService) {}

  @GetRoute('banks', [LoanBankViewDto], { policy: 'loan-bank.list', summary: '可授权的金融机构（已通过审核）' })
  banks() {
    return this.authorisations.banks();
  }

  @GetRoute(undefined, [LoanAuthorisationViewDto], {
    policy: 'loan-authorisation.list',
    summary: '授权记录（企业：本企业授权的金融机构；金融机构：授权本机构的企业）',
  })
  list(@CurrentUser() user: Principal) {
    return this.authorisations.list(user);
  }

  @PostRoute(
    undefined,
    { created: LoanAuthorisationViewDto },
    { policy: 'loan-authorisation.grant', summary: '授权金融机构为本企业备案贷款、查看本企业创新积分' },
  )
  @ApiIdempotencyKey(false)
  grant(
    @Body() b: GrantLoanAuthorisationDto,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.authorisations.grant(user, b.bankOrgId, key);
  }

  @PostRoute(
    ':id/revoke',
    { ok: LoanAuthorisationViewDto },
    { policy: 'loan-authorisation.revoke', summary: '撤销授权（已备案的贷款不受影响）' },
  )
  revoke(@Param() p: LoanAuthorisationIdParamDto, @CurrentUser() user: Principal) {
    return this.authorisations.revoke(user, p.id);
  }
}
