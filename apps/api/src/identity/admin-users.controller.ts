import { Controller, Param, Query } from '@nestjs/common';
import { GetRoute, PostRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DirectoryUserPageDto, UserViewDto } from './identity-views.dto.js';
import { UserAdminService, UserDirectoryService } from '../../../../libs/identity/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { AdminUserListQueryDto } from './admin-users.dto.js';
import { OrgIdParamDto } from './organization.dto.js';

/** Platform admin: every user of the platform. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(
    private readonly users: UserDirectoryService,
    private readonly admin: UserAdminService,
  ) {}

  @GetRoute(undefined, DirectoryUserPageDto, {
    policy: 'admin.users.list',
    summary: '全部用户（平台管理员）：按机构、角色、是否停用筛选，分页',
  })
  list(@CurrentUser() principal: Principal, @Query() q: AdminUserListQueryDto) {
    return this.users.list(principal, q);
  }

  @PostRoute(
    ':id/disable',
    { ok: UserViewDto },
    { policy: 'admin.users.disable', summary: '停用用户（其全部会话立即失效；不能停用机构唯一的管理员）' },
  )
  disable(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.admin.disable(principal, p.id);
  }

  @PostRoute(':id/enable', { ok: UserViewDto }, { policy: 'admin.users.enable', summary: '重新启用用户' })
  enable(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.admin.enable(principal, p.id);
  }

  @PostRoute(
    ':id/unlock',
    { ok: UserViewDto },
    { policy: 'admin.users.unlock', summary: '解除因密码错误造成的登录锁定' },
  )
  unlock(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.admin.unlock(principal, p.id);
  }

  @PostRoute(
    ':id/reset-password',
    { ok: UserViewDto },
    {
      policy: 'admin.users.reset-password',
      summary: '强制重置密码：原密码失效、会话全部注销，并向用户发送设置新密码的邮件',
    },
  )
  resetPassword(@CurrentUser() principal: Principal, @Param() p: OrgIdParamDto) {
    return this.admin.resetPassword(principal, p.id);
  }
}
