import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, MaxLength } from 'class-validator';
import { ROLES, type Role } from '../../../../libs/shared/auth/index.js';
import { EmailField, MobileField, TextField, VersionField } from '../dto-fields.js';

export class InviteMemberDto {
  @EmailField({ example: 'member@example.cn' })
  @MaxLength(254)
  email: string;

  @MobileField({ example: '13800000002', optional: true })
  phone?: string;

  @TextField({ example: '李娜' }, 1, 50)
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['member'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(ROLES, { each: true, message: `roles 的每一项必须是 ${ROLES.join(' / ')} 之一` })
  roles: Role[];
}

export class ChangeRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['member', 'broker'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(ROLES, { each: true, message: `roles 的每一项必须是 ${ROLES.join(' / ')} 之一` })
  roles: Role[];

  @VersionField({ description: '乐观锁：读取该成员时的版本号', optional: true })
  version?: number;
}

export class HandOverDto {
  @VersionField({ description: '接任者读取时的版本号（确认移交给的是看到的那位成员）' })
  version: number;
}
