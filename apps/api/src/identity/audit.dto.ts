import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { field, RegionCodeField, TextField } from '../dto-fields.js';

/** The filters of the audit log, shared by the list and its export. */
export class AuditFilterDto {
  @ApiPropertyOptional({ example: 'org.verify', description: '操作；只写类别（如 user）时为该类全部操作' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: 'action 只能包含小写字母、下划线和点' })
  @Length(1, 64)
  action?: string;

  @ApiPropertyOptional({ example: 'organization' })
  @IsOptional()
  @Matches(/^[a-z_]+$/, { message: 'targetType 只能包含小写字母和下划线' })
  @Length(1, 64)
  targetType?: string;

  @TextField({ optional: true }, 1, 100)
  targetId?: string;

  @field({ format: 'uuid', optional: true }, () => [IsUUID('all')])
  actorUserId?: string;

  @field({ format: 'uuid', optional: true }, () => [IsUUID('all')])
  actorOrgId?: string;

  @TextField({ description: '操作人姓名或邮箱关键字', optional: true }, 1, 50)
  actor?: string;

  @RegionCodeField({ example: '340600', optional: true })
  regionCode?: string;

  @field({ example: '2026-01-01T00:00:00+08:00', description: '起始时间（含）', optional: true }, () => [
    IsISO8601({ strict: true }),
  ])
  from?: string;

  @field({ example: '2026-02-01T00:00:00+08:00', description: '结束时间（不含）', optional: true }, () => [
    IsISO8601({ strict: true }),
  ])
  to?: string;
}

export class AuditQueryDto extends IntersectionType(PageQueryDto, AuditFilterDto) {}

export class AuditExportQueryDto extends AuditFilterDto {}
