import { Body, Controller, Get, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { GetRoute, PostRoute, Operation } from '../openapi/routes.js';
import { ImportJobPageDto, ImportJobViewDto, ImportProblemPageDto } from './import-views.dto.js';
import type { Response } from 'express';
import { IMPORT_KINDS, ImportsService, TemplateService } from '../../../../libs/imports/src/index.js';
import { CurrentUser, type Principal } from '../../../../libs/shared/auth/index.js';
import { ApiIdempotencyKey, IdempotencyKey, PageQueryDto } from '../../../../libs/shared/http/index.js';
import { ImportUploadInterceptor } from './import-upload.interceptor.js';
import { utf8Name, type StoredPart } from '../file-uploads.js';
import { CreateImportDto, ImportIdParamDto, ImportKindParamDto, ImportProblemsQueryDto } from './imports.dto.js';

/** Bulk import of achievements, needs and certified historical contracts (bureau staff, platform admin). */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('imports')
export class ImportsController {
  constructor(
    private readonly imports: ImportsService,
    private readonly templates: TemplateService,
  ) {}

  @Get('templates/:kind')
  @Operation('import.template', '下载导入模板（中文列名，含“说明”工作表与代码表）')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(@Param() p: ImportKindParamDto, @Res() res: Response): Promise<void> {
    const file = this.templates.template(p.kind);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="template-${p.kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    res.setHeader('Cache-Control', 'no-store');
    try {
      await file.write(res);
    } catch (err) {
      if (!res.headersSent) throw err;
      res.destroy(err instanceof Error ? err : undefined);
    }
  }

  @Post()
  @Operation('import.create', '上传 XLSX 或 CSV 并创建导入任务；后台先校验（不写入），结果见任务详情与问题列表')
  @UseInterceptors(ImportUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'kind'],
      properties: {
        file: { type: 'string', format: 'binary' },
        kind: { type: 'string', enum: [...IMPORT_KINDS] },
        regionCode: { type: 'string', example: '340600' },
      },
    },
  })
  @ApiIdempotencyKey(false)
  @ApiCreatedResponse({ type: ImportJobViewDto })
  create(
    @Body() b: CreateImportDto,
    @UploadedFile() file: StoredPart | undefined,
    @CurrentUser() user: Principal,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.imports.create(
      user,
      b,
      file
        ? { key: file.key, originalName: utf8Name(file.originalname), size: file.size, sha256: file.sha256 }
        : undefined,
      key,
    );
  }

  @GetRoute(undefined, ImportJobPageDto, { policy: 'import.list', summary: '本辖区的导入任务（最新在前）' })
  list(@Query() q: PageQueryDto, @CurrentUser() user: Principal) {
    return this.imports.list(user, q);
  }

  @GetRoute(':id', ImportJobViewDto, { policy: 'import.read', summary: '导入任务详情与进度（已处理行数 / 总行数）' })
  get(@Param() p: ImportIdParamDto, @CurrentUser() user: Principal) {
    return this.imports.get(user, p.id);
  }

  @GetRoute(':id/problems', ImportProblemPageDto, {
    policy: 'import.problems',
    summary: '导入问题（行、列、代码、原因），分页',
  })
  problems(@Param() p: ImportIdParamDto, @Query() q: ImportProblemsQueryDto, @CurrentUser() user: Principal) {
    return this.imports.problems(user, p.id, q, q.phase);
  }

  @PostRoute(
    ':id/commit',
    { accepted: ImportJobViewDto },
    { policy: 'import.commit', summary: '确认导入：后台分批写入全部无问题的行，跳过的行及原因见问题列表' },
  )
  commit(@Param() p: ImportIdParamDto, @CurrentUser() user: Principal) {
    return this.imports.commit(user, p.id);
  }

  @PostRoute(
    ':id/cancel',
    { ok: ImportJobViewDto },
    { policy: 'import.cancel', summary: '取消导入（运行中的任务在两批之间停止，已写入的批次保留）' },
  )
  cancel(@Param() p: ImportIdParamDto, @CurrentUser() user: Principal) {
    return this.imports.cancel(user, p.id);
  }
}
