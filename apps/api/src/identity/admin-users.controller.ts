import { Controller, Query } from '@nestjs/common';
import { GetRoute } from '../openapi/routes.js';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryUserPageDto } from './identity-views.dto.js';
import { UserDirectoryService } from '../../../../libs/identity/src/index.js';
import { Policy, CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { AdminUserListQueryDto } from './admin-users.dto.js';

/** Platform admin: every user of the platform. */
@ApiTags('organizations')
@ApiBearerAuth()
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UserDirectoryService) {}

  @GetRoute(undefined, DirectoryUserPageDto)
  @Policy('admin.users.list')
  @ApiOperation({ summary: '全部用户（平台管理员）：按机构、角色、是否停用筛选，分页' })
  list(@CurrentUser() principal: Principal, @Query() q: AdminUserListQueryDto) {
    return this.users.list(principal, q);
  }
}
