import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEmail,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const MOBILE = /^1[3-9]\d{9}$/;

export class BureauAdminDto {
  @ApiProperty({ example: 'kjj-admin@example.gov.cn' })
  @IsEmail({}, { message: 'email 必须是邮箱地址' })
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ example: '13800000003' })
  @IsOptional()
  @Matches(MOBILE, { message: 'phone 必须是 11 位手机号' })
  phone?: string;

  @ApiProperty({ example: '王科长' })
  @IsString()
  @Length(1, 50)
  displayName: string;
}

export class ProvisionBureauDto {
  @ApiProperty({ example: '濉溪县科学技术局' })
  @IsString()
  @Length(2, 200)
  name: string;

  @ApiProperty({ example: '11340621MB1234567X', description: '机关的统一社会信用代码，或平台内部编码' })
  @IsString()
  @Length(4, 40)
  creditCode: string;

  @ApiProperty({ example: '340621', description: '所在地区（平台：任意地区；科技局：本辖区的下级地区）' })
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode: string;

  @ApiPropertyOptional({ example: '张主任' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  contactName?: string;

  @ApiPropertyOptional({ example: '0561-3000000' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  contactPhone?: string;

  @ApiPropertyOptional({ example: '安徽省淮北市濉溪县' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  address?: string;

  @ApiProperty({ type: BureauAdminDto, description: '首位管理员：邮件收到邀请链接后设置密码' })
  @IsDefined({ message: 'admin 必填' })
  @IsObject({ message: 'admin 必须是对象' })
  @ValidateNested()
  @Type(() => BureauAdminDto)
  admin: BureauAdminDto;
}

export class UpdateRegistrationDto {
  @ApiPropertyOptional({ example: '淮北市某某新材料有限公司' })
  @IsOptional()
  @IsString()
  @Length(2, 200)
  name?: string;

  @ApiPropertyOptional({ example: '914403001922038216' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  creditCode?: string;

  @ApiPropertyOptional({ example: '340602', description: '所在地区（科技局不能修改）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode?: string;

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

  @ApiPropertyOptional({ description: '乐观锁：读取时的版本号' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}
