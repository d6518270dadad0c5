import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { GetRoute, PatchRoute, PostRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { OrgPageDto, OrgViewDto, ProvisionedBureauDto } from './identity-views.dto.js';
import {
  BureauProvisioningService,
  OrgAdminService,
  OrganizationService,
} from '../../../../libs/identity/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ProvisionBureauDto } from './bureau.dto.js';
import {
  OrgIdParamDto,
  OrgListQueryDto,
  RejectOrgDto,
  OrgVersionDto,
  SuspendOrgDto,
  UpdateOrgDto,
} from './organization.dto.js';
import { ApiIdempotencyKey, IdempotencyKey, IdempotencyService } from '../../../../libs/shared/http/index.js';

/** Organisations as bureaus and the platform see them; verification of sign-ups. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly orgs: OrganizationService,
    private readonly oversight: OrgAdminService,
    private readonly bureaus: BureauProvisioningService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @GetRoute(undefined, OrgPageDto, {
    policy: 'org.list',
    summary: '本辖区机构列表（科技局：本地区及下级；平台：全部）',
  })
  list(@CurrentUser() principal: Principal, @Query() q: OrgListQueryDto) {
    return this.orgs.list(principal, q);
  }

  @Post('bureaus')
  @Operation(
    'org.bureau.create',
    '开通科技局账号（平台：任意地区，开通即认证；科技局管理员：邀请下级地区科技局，由本局审核）',
  )
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: ProvisionedBureauDto })
  provisionBureau(
    @CurrentUser() principal: Principal,
    @Body() dto: ProvisionBureauDto,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.idempotency.once({ scope: `org.bureau.create:${principal.userId}`, key, request: dto }, (em) =>
      this.bureaus.provision(principal, dto, em),
    );
  }

  @GetRoute(':id', OrgViewDto, { policy: 'org.read', summary: '机构详情（本机构，或本辖区内的机构）' })
  get(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.orgs.get(principal, p.id);
  }

  @PostRoute(':id/verify', { ok: OrgViewDto }, { policy: 'org.verify', summary: '审核通过（科技局：本辖区内的机构）' })
  verify(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: OrgVersionDto) {
    return this.orgs.verify(principal, p.id, dto.version);
  }

  @PostRoute(':id/reject', { ok: OrgViewDto }, { policy: 'org.reject', summary: '审核不通过（须填写理由）' })
  reject(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: RejectOrgDto) {
    return this.orgs.reject(principal, p.id, dto.reason, dto.version);
  }

  @PostRoute(
    ':id/suspend',
    { ok: OrgViewDto },
    { policy: 'org.suspend', summary: '暂停机构（须填写理由；暂停期间按未认证机构对待）' },
  )
  suspend(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: SuspendOrgDto) {
    return this.oversight.suspend(principal, p.id, dto.reason, dto.version);
  }

  @PostRoute(':id/reinstate', { ok: OrgViewDto }, { policy: 'org.reinstate', summary: '恢复被暂停的机构' })
  reinstate(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: OrgVersionDto) {
    return this.oversight.reinstate(principal, p.id, dto.version);
  }

  @PatchRoute(':id', OrgViewDto, {
    policy: 'org.update',
    summary: '修改机构名称、联系人和地址（平台管理员；认证结果不变）',
  })
  update(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: UpdateOrgDto) {
    return this.oversight.updateDetails(principal, p.id, dto);
  }
}
