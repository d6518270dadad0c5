import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import { NestedObject } from '../../../../libs/shared/http/index.js';

const MOBILE = /^1[3-9]\d{9}$/;
const MOBILE_MESSAGE = '必须是 11 位手机号';

export class SignUpOrgDto {
  @ApiProperty({
    enum: ORG_TYPES,
    example: 'enterprise',
    description: '机构类型（科技局由平台或上级科技局开通，平台运营机构不能自行注册）',
  })
  @IsIn(ORG_TYPES, { message: `type 必须是 ${ORG_TYPES.join(' / ')} 之一` })
  type: OrgType;

  @ApiProperty({ example: '淮北市某某新材料有限公司' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: '914403001922038216', description: '统一社会信用代码（18 位，GB 32100-2015 校验）' })
  @IsString()
  @Length(1, 40)
  creditCode: string;

  @ApiProperty({ example: '340600', description: '所在地行政区划代码' })
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode: string;

  @ApiPropertyOptional({ example: '张经理' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactName?: string;

  @ApiPropertyOptional({ example: '13800000000' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  contactPhone?: string;

  @ApiPropertyOptional({ example: 'contact@example.cn' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail 必须是邮箱地址' })
  contactEmail?: string;

  @ApiPropertyOptional({ example: '安徽省淮北市相山区' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;
}

export class SignUpAdminDto {
  @ApiProperty({ example: 'admin@example.cn' })
  @IsEmail({}, { message: 'email 必须是邮箱地址' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '13800000001' })
  @IsOptional()
  @Matches(MOBILE, { message: `phone ${MOBILE_MESSAGE}` })
  phone?: string;

  @ApiProperty({ example: '王强' })
  @IsString()
  @Length(1, 50)
  displayName: string;

  @ApiProperty({ example: 'Demo@2026', description: '≥ 8 位，含大写、小写、数字、特殊字符中的至少三类，最长 128 位' })
  @IsString()
  @MaxLength(1024)
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
  @ApiProperty({ example: 'admin@example.cn', description: '邮箱或手机号' })
  @IsString()
  @Length(3, 254)
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
}

export class RefreshDto {
  @ApiProperty({ description: '登录或上次刷新时得到的刷新令牌（只能用一次）' })
  @IsString()
  @Length(16, 200)
  refreshToken: string;
}

export class AcceptInviteDto {
  @ApiProperty({ description: '邀请令牌' })
  @IsString()
  @Length(16, 200)
  token: string;

  @ApiProperty({ example: 'Demo@2026' })
  @IsString()
  @MaxLength(1024)
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
