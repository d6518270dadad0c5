import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { OneOfField, RegionCodeField, TextField, UuidField, VersionField } from '../dto-fields.js';

const STATUSES = ['pending', 'verified', 'rejected'] as const;

export class OrgIdParamDto {
  @UuidField()
  id: string;
}

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

/** A JSON body's version is a number: "1" is refused like any other wrong type (no coercion). */
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
