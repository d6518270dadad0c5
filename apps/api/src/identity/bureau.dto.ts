import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { PhoneField, RegionCodeField, TextField, VersionField } from '../dto-fields.js';
import { SignUpOrgDto } from './auth.dto.js';
import { NewUserDto } from './new-user.dto.js';

export class BureauAdminDto extends NewUserDto {}

export class ProvisionBureauDto {
  @TextField({ example: '濉溪县科学技术局' }, 2, 200)
  name: string;

  @TextField({ example: '11340621MB1234567X', description: '机关的统一社会信用代码，或平台内部编码' }, 4, 40)
  creditCode: string;

  @RegionCodeField({ example: '340621', description: '所在地区（平台：任意地区；科技局：本辖区的下级地区）' })
  regionCode: string;

  @TextField({ example: '张主任', optional: true }, 50)
  contactName?: string;

  @PhoneField({ example: '0561-3000000', optional: true }, 30)
  contactPhone?: string;

  @TextField({ example: '安徽省淮北市濉溪县', optional: true }, 200)
  address?: string;

  @ApiProperty({ type: BureauAdminDto, description: '首位管理员：邮件收到邀请链接后设置密码' })
  @IsDefined({ message: 'admin 必填' })
  @IsObject({ message: 'admin 必须是对象' })
  @ValidateNested()
  @Type(() => BureauAdminDto)
  admin: BureauAdminDto;
}

/** An organisation's own registration, corrected before or after a rejection: any field of sign-up's but the type. */
export class UpdateRegistrationDto extends PartialType(OmitType(SignUpOrgDto, ['type'] as const)) {
  @RegionCodeField({ example: '340602', description: '所在地区（科技局不能修改）', optional: true })
  override regionCode?: string;

  @VersionField({ description: '乐观锁：读取时的版本号', optional: true }, { coerce: true })
  version?: number;
}
