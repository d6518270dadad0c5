import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ORG_TYPES, type OrgType } from '../../../../libs/shared/auth/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

const STATUSES = ['pending', 'verified', 'rejected'] as const;

export class OrgIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id 必须是 UUID' })
  id: string;
}

export class OrgListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ enum: ORG_TYPES })
  @IsOptional()
  @IsIn(ORG_TYPES)
  type?: OrgType;

  @ApiPropertyOptional({ example: '341600', description: '只看该地区及下级（须在本辖区内）' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode?: string;

  @ApiPropertyOptional({ description: '机构名称关键字' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class OrgVersionDto {
  @ApiPropertyOptional({ description: '乐观锁：读取时的版本号' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version?: number;
}

export class RejectOrgDto extends OrgVersionDto {
  @ApiProperty({ example: '营业执照与填报名称不一致' })
  @IsString()
  @Length(2, 500)
  reason: string;
}

export class OrgSettingsDto extends OrgVersionDto {
  @ApiProperty({ description: '本辖区发布的需求、成果是否需科技局审核后公开' })
  @IsBoolean()
  reviewListings: boolean;
}
