import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ROLES, type Role } from '../../../../libs/shared/auth/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

export class AdminUserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: '只看该机构的用户' })
  @IsOptional()
  @IsUUID('all', { message: 'orgId 必须是 UUID' })
  orgId?: string;

  @ApiPropertyOptional({ enum: ROLES, description: '只看具有该角色的用户' })
  @IsOptional()
  @IsIn(ROLES, { message: `role 必须是 ${ROLES.join(' / ')} 之一` })
  role?: Role;

  @ApiPropertyOptional({ description: 'true 只看已停用的账号；false 只看未停用的（正常、待激活）' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'disabled 必须是 true 或 false' })
  disabled?: boolean;

  @ApiPropertyOptional({ description: '姓名、邮箱或手机号关键字' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}
