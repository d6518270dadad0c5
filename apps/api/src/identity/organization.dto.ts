import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { EmailField, OneOfField, RegionCodeField, TextField, VersionField, IdParam } from '../dto-fields.js';

const STATUSES = ['pending', 'verified', 'rejected'] as const;

export class OrgIdParamDto extends IdParam() {}

export class OrgListQueryDto extends PageQueryDto {
  @OneOfField({ enum: STATUSES, optional: true }, STATUSES)
  status?: (typeof STATUSES)[number];

  @OneOfField({ enum: ORG_TYPES, optional: true }, ORG_TYPES)
  type?: OrgType;

  @RegionCodeField({ example: '341600', description: '只看该地区及下级（须在本辖区内）', optional: true })
  regionCode?: string;

  @TextField({ description: '机构名称关键字', optional: true }, 1, 50)
  q?: string;
}

/** A JSON body's version: a number, never a numeric string (only query strings are coerced). */
export class OrgVersionDto {
  @VersionField({ description: '乐观锁：读取时的版本号', optional: true })
  version?: number;
}

export class RejectOrgDto extends OrgVersionDto {
  @TextField({ example: '营业执照与填报名称不一致' }, 2, 500)
  reason: string;
}

export class OrgSettingsDto extends OrgVersionDto {
  @ApiProperty({ description: '本辖区发布的需求、成果是否需科技局审核后公开' })
  @IsBoolean()
  reviewListings: boolean;
}

export class SuspendOrgDto extends OrgVersionDto {
  @TextField({ example: '多次发布虚假成果信息，暂停待核查' }, 2, 500)
  reason: string;
}

/** What the platform admin may correct; the credit code and region change only through re-registration. */
export class UpdateOrgDto {
  @TextField({ example: '淮北矿业新材料科技有限公司', optional: true }, 2, 100)
  name?: string;

  @TextField({ example: '张伟', optional: true, nullable: true }, 1, 50)
  contactName?: string | null;

  @TextField({ example: '0561-3000000', optional: true, nullable: true }, 5, 30)
  contactPhone?: string | null;

  @EmailField({ example: 'contact@example.cn', optional: true, nullable: true })
  contactEmail?: string | null;

  @TextField({ example: '安徽省淮北市杜集区…', optional: true, nullable: true }, 1, 200)
  address?: string | null;

  @VersionField({ description: '乐观锁：读取时的版本号' })
  version: number;
}
