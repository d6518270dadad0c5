import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import { CodeTableService, RegionService } from '../../reference/src/index.js';
import { REGISTRY_KINDS } from '../../registries/src/index.js';
import { COLUMNS, KIND_LABEL, type CodeTable } from './columns.js';
import type { ImportKind } from './import.types.js';

export interface TemplateFile {
  fileName: string;
  contentType: string;
  write(out: Writable): Promise<void>;
}

const CODE_TABLE_LABEL: Record<CodeTable, string> = {
  region: '行政区划（见“行政区划”工作表）',
  tech_field: '技术领域',
  contract_type: '技术合同类别',
  achievement_type: '成果类型',
  transfer_mode: '转化方式',
  cooperation_mode: '合作方式',
  yes_no: '是 / 否',
  registry_kind: '名录类别',
};

/** How a second import of the same file is recognised, per kind. */
const SAME_ROW: Record<ImportKind, string> = {
  achievements: '按“单位 + 名称”识别。',
  needs: '按“单位 + 名称”识别。',
  contracts: '按登记编号识别。',
  registries: '按“类别 + 证书编号/入库编号”识别，没有编号的按“类别 + 地区 + 名称 + 认定日期”识别。',
};

const ENUMS: Partial<Record<CodeTable, [string, string][]>> = {
  achievement_type: [
    ['应用技术', 'applied'],
    ['基础理论', 'basic'],
    ['软科学', 'soft'],
  ],
  transfer_mode: [
    ['自行实施', 'self_implementation'],
    ['转让', 'transfer'],
    ['许可', 'licence'],
    ['合作', 'cooperation'],
    ['作价入股', 'equity'],
    ['其他', 'other'],
  ],
  cooperation_mode: [
    ['委托开发', 'commissioned_development'],
    ['合作开发', 'cooperative_development'],
    ['转让', 'transfer'],
    ['许可', 'licence'],
    ['技术咨询', 'consulting'],
    ['技术服务', 'service'],
    ['其他', 'other'],
  ],
};

const BOLD = { bold: true };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;

/**
 * The downloadable template of each kind: the data sheet (Chinese headers, text-formatted
 * so codes keep their leading zeros), a 说明 sheet explaining every column and the code
 * tables, and the region table. Only the first sheet is read back on import.
 */
@Injectable()
export class TemplateService {
  constructor(
    private readonly regions: RegionService,
    private readonly codes: CodeTableService,
  ) {}

  template(kind: ImportKind): TemplateFile {
    return {
      fileName: `${KIND_LABEL[kind].replace(/（.*）/, '')}导入模板.xlsx`,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      write: (out) => this.write(kind, out),
    };
  }

  private async write(kind: ImportKind, out: Writable): Promise<void> {
    const specs = COLUMNS[kind];
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const data = wb.addWorksheet(KIND_LABEL[kind].replace(/（.*）/, ''), { views: [{ state: 'frozen', ySplit: 1 }] });
    data.columns = specs.map((s) => ({
      header: s.required ? `${s.header}*` : s.header,
      key: s.key,
      width: s.width ?? 14,
      style: { numFmt: '@' },
    }));
    const head = data.getRow(1);
    head.font = BOLD;
    head.eachCell((c) => {
      c.fill = HEADER_FILL;
    });
    head.commit();
    await data.commit();

    const notes = wb.addWorksheet('说明');
    notes.columns = [
      { header: '列名', key: 'header', width: 26 },
      { header: '必填', key: 'required', width: 6 },
      { header: '说明', key: 'note', width: 70 },
      { header: '代码表', key: 'table', width: 30 },
    ];
    notes.getRow(1).font = BOLD;
    notes.getRow(1).commit();
    for (const s of specs)
      notes
        .addRow({
          header: s.header,
          required: s.required ? '是' : '否',
          note: s.note,
          table: s.codeTable ? CODE_TABLE_LABEL[s.codeTable] : '',
        })
        .commit();
    const line = (values: string[], bold = false) => {
      const r = notes.addRow(values);
      if (bold) r.font = BOLD;
      r.commit();
    };
    line([]);
    line(['填写说明'], true);
    line(['1. 第一行为列名，列的顺序可以调整，可以多出其他列（导入时忽略）；带 * 的列必须有。']);
    line([
      '2. 先“校验”（不写入），按行列出全部问题；确认后再“导入”，只导入没有问题的行，跳过的行及原因列在导入报告中。',
    ]);
    line([`3. 同一文件重复导入不会产生重复数据：${SAME_ROW[kind]}`]);
    line(['4. 单元格中的公式按公式文本导入，不会计算；金额请直接填写数字。']);
    line(['5. 也可上传 CSV（UTF-8 或 GB18030 编码，第一行为列名）。']);
    const used = new Set(specs.map((s) => s.codeTable).filter(Boolean) as CodeTable[]);
    if (used.has('tech_field')) {
      line([]);
      line(['技术领域', '代码'], true);
      const fields = this.codes.allTechFields();
      for (const f of fields) line([f.name, f.code]);
    }
    if (used.has('contract_type')) {
      line([]);
      line(['合同类别', '代码', '有效期'], true);
      const types = this.codes.allContractSubtypes();
      for (const t of types) line([`${t.typeName}/${t.name}`, t.code, `${t.validFrom} 至 ${t.validTo ?? '今'}`]);
    }
    if (used.has('registry_kind')) {
      line([]);
      line(['名录类别', '证书编号/入库编号', '有效期', '服务的县区或企业'], true);
      for (const k of Object.values(REGISTRY_KINDS))
        line([
          k.name,
          k.certificate ? `必填（${k.certificate.label}）` : '不填',
          k.certificate ? `${k.certificate.validityYears} 年（可在“有效期至”列另填）` : '长期（可在“有效期至”列另填）',
          k.host ? '必填' : '不填',
        ]);
    }
    for (const table of ['achievement_type', 'transfer_mode', 'cooperation_mode'] as const) {
      if (!used.has(table)) continue;
      line([]);
      line([CODE_TABLE_LABEL[table], '代码'], true);
      for (const [name, code] of ENUMS[table]!) line([name, code]);
    }
    await notes.commit();

    const regions = wb.addWorksheet('行政区划');
    regions.columns = [
      { header: '代码', key: 'code', width: 10, style: { numFmt: '@' } },
      { header: '名称', key: 'name', width: 24 },
      { header: '上级代码', key: 'parent', width: 10, style: { numFmt: '@' } },
    ];
    regions.getRow(1).font = BOLD;
    regions.getRow(1).commit();
    const rows = this.regions.all();
    for (const r of rows) regions.addRow({ code: r.code, name: r.name, parent: r.parentCode ?? '' }).commit();
    await regions.commit();
    await wb.commit();
  }
}
