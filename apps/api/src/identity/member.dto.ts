import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ROLES, type Role } from '../../../../libs/shared/auth/index.js';

export class InviteMemberDto {
  @ApiProperty({ example: 'member@example.cn' })
  @IsEmail({}, { message: 'email 必须是邮箱地址' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '13800000002' })
  @IsOptional()
  @Matches(/^1[3-9]\d{9}$/, { message: 'phone 必须是 11 位手机号' })
  phone?: string;

  @ApiProperty({ example: '李娜' })
  @IsString()
  @Length(1, 50)
  displayName: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['member'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(ROLES, { each: true, message: `roles 的每一项必须是 ${ROLES.join(' / ')} 之一` })
  roles: Role[];
}
