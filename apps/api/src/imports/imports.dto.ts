import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IMPORT_KINDS, type ImportKind, type ImportPhase } from '../../../../libs/imports/src/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';

const KIND_MESSAGE = `kind 必须是 ${IMPORT_KINDS.join(' / ')} 之一`;

export class ImportKindParamDto {
  @ApiProperty({
    enum: IMPORT_KINDS,
    description: 'achievements 科技成果 / needs 技术需求 / contracts 已认定登记的技术合同',
  })
  @IsIn(IMPORT_KINDS, { message: KIND_MESSAGE })
  kind: ImportKind;
}

/** The text fields of the multipart upload (the file itself is the `file` part). */
export class CreateImportDto {
  @ApiProperty({ enum: IMPORT_KINDS, description: '导入内容' })
  @IsIn(IMPORT_KINDS, { message: KIND_MESSAGE })
  kind: ImportKind;

  @ApiPropertyOptional({ description: '导入到哪个地区（须在本局辖区内）；默认本局所在地区', example: '340600' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'regionCode 必须是 6 位数字的行政区划代码' })
  regionCode?: string;
}

export class ImportIdParamDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id 必须是 UUID' })
  id: string;
}

export class ImportProblemsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['dry_run', 'commit'], description: '哪一遍的问题；默认任务当前阶段' })
  @IsOptional()
  @IsIn(['dry_run', 'commit'], { message: 'phase 必须是 dry_run 或 commit' })
  phase?: ImportPhase;
}
