import {
  IMPORT_KINDS,
  IMPORT_STATUSES,
  type ImportKind,
  type ImportStatus,
} from '../../../../libs/imports/src/index.js';
import { CountMap, Field, PageOf } from '../openapi/response-field.js';

const PHASES = ['dry_run', 'commit'] as const;

/** Response DTOs of bulk imports. */
export class ImportProgressDto {
  @Field('integer') rowsDone!: number;
  @Field('integer', { nullable: true }) totalRows!: number | null;
}

export class ImportJobErrorDto {
  @Field('string') code!: string;
  @Field('string') message!: string;
  @Field('object', { nullable: true }) details!: unknown;
}

export class ImportJobViewDto {
  @Field('string') id!: string;
  @Field(IMPORT_KINDS) kind!: ImportKind;
  @Field(['xlsx', 'csv']) format!: 'xlsx' | 'csv';
  @Field(['utf-8', 'gb18030'], { nullable: true }) encoding!: 'utf-8' | 'gb18030' | null;
  @Field('string') fileName!: string;
  @Field('integer') fileSize!: number;
  @Field(IMPORT_STATUSES) status!: ImportStatus;
  @Field(PHASES, { description: '计数和问题所属的一轮（预检或导入）' }) phase!: (typeof PHASES)[number];
  @Field('string', { nullable: true }) regionCode!: string | null;
  @Field(() => ImportProgressDto) progress!: ImportProgressDto;
  @Field('integer') validRows!: number;
  @Field('integer') problemRows!: number;
  @Field('integer') importedRows!: number;
  @Field('integer') skippedRows!: number;
  @CountMap({ description: '每一轮发现的问题数（dry_run、commit）' })
  problemsFound!: Record<(typeof PHASES)[number], number>;
  @CountMap({ description: '每一轮列出的问题数（只保留前 IMPORT_MAX_PROBLEMS_STORED 个）' })
  problemsListed!: Record<(typeof PHASES)[number], number>;
  @Field('string', { nullable: true }) problemsNote!: string | null;
  @Field('boolean') cancelRequested!: boolean;
  @Field(() => ImportJobErrorDto, { nullable: true }) error!: ImportJobErrorDto | null;
  @Field('string') createdAt!: string;
  @Field('string', { nullable: true }) startedAt!: string | null;
  @Field('string', { nullable: true }) finishedAt!: string | null;
}

export class ImportProblemViewDto {
  @Field('integer', { description: '表格行号（表头为第 1 行）' }) row!: number;
  @Field('string') column!: string;
  @Field('string') code!: string;
  @Field('string') message!: string;
}

export const ImportJobPageDto = PageOf(ImportJobViewDto);
export const ImportProblemPageDto = PageOf(ImportProblemViewDto);
