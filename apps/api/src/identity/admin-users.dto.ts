import { ROLES, type Role } from '../../../../libs/shared/auth/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { BooleanQueryField, OneOfField, TextField, UuidField } from '../dto-fields.js';

export class AdminUserListQueryDto extends PageQueryDto {
  @UuidField({ description: '只看该机构的用户', optional: true })
  orgId?: string;

  @OneOfField(
    { enum: ROLES, description: '只看具有该角色的用户', optional: true },
    ROLES,
    `role 必须是 ${ROLES.join(' / ')} 之一`,
  )
  role?: Role;

  @BooleanQueryField({ description: 'true 只看已停用的账号；false 只看未停用的（正常、待激活）', optional: true })
  disabled?: boolean;

  @TextField({ description: '姓名、邮箱或手机号关键字', optional: true }, 1, 50)
  q?: string;
}
