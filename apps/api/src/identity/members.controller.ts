import { Body, Controller, Delete, HttpCode, Param, Post, Query } from '@nestjs/common';
import { GetRoute, PatchRoute, PostRoute, Operation } from '../openapi/routes.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { InvitationDto, OrgViewDto, UserPageDto, UserViewDto } from './identity-views.dto.js';
import {
  MemberRolesService,
  MemberService,
  OrganizationService,
  OrgRegistrationService,
} from '../../../../libs/identity/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import {
  ApiIdempotencyKey,
  IdempotencyKey,
  IdempotencyService,
  PageQueryDto,
} from '../../../../libs/shared/http/index.js';
import { UpdateRegistrationDto } from './bureau.dto.js';
import { ChangeRolesDto, HandOverDto, InviteMemberDto } from './member.dto.js';
import { OrgIdParamDto, OrgSettingsDto } from './organization.dto.js';

/** The caller's own organisation: members (invite, roles, disable, hand-over) and settings. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('org')
export class MembersController {
  constructor(
    private readonly members: MemberService,
    private readonly roles: MemberRolesService,
    private readonly orgs: OrganizationService,
    private readonly registration: OrgRegistrationService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @GetRoute('members', UserPageDto, { policy: 'org.members.list', summary: '本机构成员' })
  list(@CurrentUser() principal: Principal, @Query() q: PageQueryDto) {
    return this.members.list(principal, q);
  }

  @Post('members')
  @Operation('org.members.invite', '邀请成员（返回一次性邀请令牌）')
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: InvitationDto })
  invite(@CurrentUser() principal: Principal, @Body() dto: InviteMemberDto, @IdempotencyKey() key: string | undefined) {
    return this.idempotency.once({ scope: `org.members.invite:${principal.userId}`, key, request: dto }, (em) =>
      this.members.invite(principal, dto, em),
    );
  }

  @PostRoute(
    'members/:id/disable',
    { ok: UserViewDto },
    { policy: 'org.members.disable', summary: '停用成员（其会话立即失效）' },
  )
  disable(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.roles.disable(principal, p.id);
  }

  @PostRoute('members/:id/enable', { ok: UserViewDto }, { policy: 'org.members.enable', summary: '重新启用成员' })
  enable(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.roles.enable(principal, p.id);
  }

  @PatchRoute('members/:id/roles', UserViewDto, {
    policy: 'org.members.roles',
    summary: '修改成员角色（不能超出自身权限；机构至少保留一名管理员）',
  })
  changeRoles(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: ChangeRolesDto) {
    return this.roles.changeRoles(principal, p.id, dto.roles, dto.version);
  }

  @PostRoute(
    'members/:id/hand-over',
    { ok: UserViewDto },
    { policy: 'org.members.hand-over', summary: '将管理员角色移交给本机构的另一名成员（本人保留其他角色）' },
  )
  handOver(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto, @Body() dto: HandOverDto) {
    return this.roles.handOver(principal, p.id, dto.version);
  }

  @PostRoute(
    'members/:id/invitation',
    { ok: InvitationDto },
    { policy: 'org.members.resend-invite', summary: '重新发送邀请（原链接失效，返回新的一次性邀请令牌）' },
  )
  resendInvite(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.members.resendInvitation(principal, p.id);
  }

  @Delete('members/:id/invitation')
  @HttpCode(204)
  @Operation('org.members.revoke-invite', '撤销尚未接受的邀请')
  @ApiNoContentResponse()
  async revokeInvite(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto): Promise<void> {
    await this.members.revokeInvitation(principal, p.id);
  }

  @PatchRoute('settings', OrgViewDto, {
    policy: 'org.settings.update',
    summary: '科技局设置：本辖区发布信息是否需审核',
  })
  settings(@CurrentUser() principal: Principal, @Body() dto: OrgSettingsDto) {
    return this.orgs.setReviewListings(principal, dto.reviewListings, dto.version);
  }

  @PatchRoute('registration', OrgViewDto, {
    policy: 'org.registration.update',
    summary: '完善或更正本机构的登记信息（认证前；被驳回后修改即重新提交审核）',
  })
  updateRegistration(@CurrentUser() principal: Principal, @Body() dto: UpdateRegistrationDto) {
    return this.registration.update(principal, dto);
  }
}
