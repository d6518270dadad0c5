import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn } from 'class-validator';
import { ROLES, type Role } from '../../../../libs/shared/auth/index.js';
import { field, VersionField } from '../dto-fields.js';
import { NewUserDto } from './new-user.dto.js';

/** One to three roles of the platform's (which of them the organisation's type allows is the service's rule). */
const RolesField = (example: Role[]) =>
  field({ enum: ROLES, isArray: true, example }, () => [
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(3),
    IsIn(ROLES, { each: true, message: `roles 的每一项必须是 ${ROLES.join(' / ')} 之一` }),
  ]);

export class InviteMemberDto extends NewUserDto {
  @RolesField(['member'])
  roles: Role[];
}

export class ChangeRolesDto {
  @RolesField(['member', 'broker'])
  roles: Role[];

  @VersionField({ description: '乐观锁：读取该成员时的版本号', optional: true })
  version?: number;
}

export class HandOverDto {
  @VersionField({ description: '接任者读取时的版本号（确认移交给的是看到的那位成员）' })
  version: number;
}
