import { IMPORT_KINDS, type ImportKind, type ImportPhase } from '../../../../libs/imports/src/index.js';
import { PageQueryDto } from '../../../../libs/shared/http/index.js';
import { OneOfField, RegionCodeField, IdParam } from '../dto-fields.js';

const KIND_MESSAGE = `kind 必须是 ${IMPORT_KINDS.join(' / ')} 之一`;

export class ImportKindParamDto {
  @OneOfField(
    {
      enum: IMPORT_KINDS,
      description:
        'achievements 科技成果 / needs 技术需求 / contracts 已认定登记的技术合同 / registries 名录（高企、科小、基地、平台、科技特派员）',
    },
    IMPORT_KINDS,
    KIND_MESSAGE,
  )
  kind: ImportKind;
}

/** The text fields of the multipart upload (the file itself is the `file` part). */
export class CreateImportDto {
  @OneOfField({ enum: IMPORT_KINDS, description: '导入内容' }, IMPORT_KINDS, KIND_MESSAGE)
  kind: ImportKind;

  @RegionCodeField({
    description: '导入到哪个地区（须在本局辖区内）；默认本局所在地区',
    example: '340600',
    optional: true,
  })
  regionCode?: string;
}

export class ImportIdParamDto extends IdParam() {}

export class ImportProblemsQueryDto extends PageQueryDto {
  @OneOfField(
    { enum: ['dry_run', 'commit'], description: '哪一遍的问题；默认任务当前阶段', optional: true },
    ['dry_run', 'commit'],
    'phase 必须是 dry_run 或 commit',
  )
  phase?: ImportPhase;
}
