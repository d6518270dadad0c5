import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'org.verify' })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]+)*$/, { message: 'action 只能包含小写字母、下划线和点' })
  @Length(1, 64)
  action?: string;

  @ApiPropertyOptional({ example: 'organization' })
  @IsOptional()
  @Matches(/^[a-z_]+$/, { message: 'targetType 只能包含小写字母和下划线' })
  @Length(1, 64)
  targetType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  targetId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  actorUserId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  actorOrgId?: string;

  @ApiPropertyOptional({ example: '340600' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode?: string;

  @ApiPropertyOptional({ example: '2026-01-01T00:00:00+08:00', description: '起始时间（含）' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01T00:00:00+08:00', description: '结束时间（不含）' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
