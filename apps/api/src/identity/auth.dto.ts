import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import { NestedObject } from '../../../../libs/shared/http/index.js';
import { EmailField, PhoneField, RegionCodeField, TextField } from '../dto-fields.js';
import { NewUserDto } from './new-user.dto.js';

export class SignUpOrgDto {
  @ApiProperty({
    enum: ORG_TYPES,
    example: 'enterprise',
    description: '机构类型（科技局由平台或上级科技局开通，平台运营机构不能自行注册）',
  })
  @IsIn(ORG_TYPES, { message: `type 必须是 ${ORG_TYPES.join(' / ')} 之一` })
  type: OrgType;

  @TextField({ example: '淮北市某某新材料有限公司' }, 2, 200)
  name: string;

  @TextField({ example: '914403001922038216', description: '统一社会信用代码（18 位，GB 32100-2015 校验）' }, 1, 40)
  creditCode: string;

  @RegionCodeField({ example: '340600', description: '所在地行政区划代码' })
  regionCode: string;

  @TextField({ example: '张经理', optional: true }, 50)
  contactName?: string;

  @PhoneField({ example: '13800000000', optional: true }, 30)
  contactPhone?: string;

  @EmailField({ example: 'contact@example.cn', optional: true })
  contactEmail?: string;

  @TextField({ example: '安徽省淮北市相山区', optional: true }, 200)
  address?: string;
}

export class SignUpAdminDto extends NewUserDto {
  @TextField(
    { example: 'Demo@2026', description: '≥ 8 位，含大写、小写、数字、特殊字符中的至少三类，最长 128 位' },
    1024,
  )
  password: string;
}

export class SignUpDto {
  @ApiProperty({ type: SignUpOrgDto })
  @NestedObject(() => SignUpOrgDto)
  org: SignUpOrgDto;

  @ApiProperty({ type: SignUpAdminDto })
  @NestedObject(() => SignUpAdminDto)
  admin: SignUpAdminDto;
}

export class LoginDto {
  @TextField({ example: 'admin@example.cn', description: '邮箱或手机号' }, 3, 254)
  login: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({ example: '123456', description: '已启用动态口令的账号必填' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totpCode 必须是 6 位数字' })
  totpCode?: string;

  @ApiPropertyOptional({
    example: 'abcde-fghjk',
    description: '无法使用动态口令时，可用一个恢复码代替（每个只能用一次）',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{5}[-\s]?[A-Za-z0-9]{5}$/, { message: 'recoveryCode 格式不正确' })
  recoveryCode?: string;
}

export class RefreshDto {
  @TextField({ description: '登录或上次刷新时得到的刷新令牌（只能用一次）' }, 16, 200)
  refreshToken: string;
}

export class AcceptInviteDto {
  @TextField({ description: '邀请令牌' }, 16, 200)
  token: string;

  @TextField({ example: 'Demo@2026' }, 1024)
  password: string;
}

export class TotpCodeDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code 必须是 6 位数字' })
  code: string;
}

export class TokenPairDto {
  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';
  @ApiProperty()
  accessToken: string;
  @ApiProperty({ example: 900, description: '访问令牌有效秒数' })
  expiresIn: number;
  @ApiProperty()
  refreshToken: string;
}
