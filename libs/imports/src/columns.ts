import { REGISTRY_KINDS } from '../../registries/src/rules.js';
import type { ImportKind } from './import.types.js';

/** The code table a column's values come from (explained on the template's 说明 sheet). */
export type CodeTable =
  | 'region'
  | 'tech_field'
  | 'contract_type'
  | 'achievement_type'
  | 'transfer_mode'
  | 'cooperation_mode'
  | 'yes_no'
  | 'registry_kind';

export interface ColumnSpec {
  /** Field name used by the validators. */
  key: string;
  /** The Chinese header as it appears in the template (matched by name, in any order). */
  header: string;
  required: boolean;
  note: string;
  codeTable?: CodeTable;
  /** Other headers accepted for the same column (older forms, common variants). */
  aliases?: string[];
  width?: number;
}

/** Columns a need and an achievement sheet share, spelled once. */
const KEYWORDS: ColumnSpec = {
  key: 'keywords',
  header: '关键词',
  required: false,
  note: '最多 10 个，用顿号、逗号或分号分隔',
  width: 20,
};
const CONTACT: ColumnSpec[] = [
  { key: 'contactName', header: '联系人', required: false, note: '', width: 10 },
  {
    key: 'contactPhone',
    header: '联系电话',
    required: false,
    note: '座机或手机，最多 20 个字符，如 0558-1234567、13800000000',
    width: 14,
  },
];
const techField = (example: string): ColumnSpec => ({
  key: 'techField',
  header: '技术领域',
  required: true,
  note: `技术领域代码（01–11）或名称，如“${example}”`,
  codeTable: 'tech_field',
  width: 16,
});
const region = (note: string): ColumnSpec => ({
  key: 'region',
  header: '所在地区',
  required: false,
  note,
  codeTable: 'region',
  width: 14,
});

const ACHIEVEMENT: ColumnSpec[] = [
  {
    key: 'title',
    header: '成果名称',
    required: true,
    note: '2–200 个字；同一完成单位下名称不能重复（重复导入按名称识别）',
    width: 30,
  },
  { key: 'description', header: '成果简介', required: true, note: '不超过 20000 字', width: 50 },
  {
    key: 'ownerCreditCode',
    header: '完成单位统一社会信用代码',
    required: true,
    note: '18 位统一社会信用代码；该单位须已在平台注册并通过审核，类型为高校或科研院所',
    aliases: ['统一社会信用代码'],
    width: 24,
  },
  { key: 'ownerName', header: '完成单位名称', required: false, note: '仅供核对，以信用代码为准', width: 24 },
  techField('新材料'),
  region('6 位行政区划代码或名称（如“濉溪县”）；留空取完成单位所在地区；须在本局辖区内'),
  {
    key: 'achievementType',
    header: '成果类型',
    required: true,
    note: '应用技术 / 基础理论 / 软科学',
    codeTable: 'achievement_type',
    width: 12,
  },
  { key: 'trl', header: '技术成熟度', required: true, note: '1–9 的整数（GB/T 22900-2022）', width: 10 },
  {
    key: 'transferModes',
    header: '转化方式',
    required: true,
    note: '可填多个，用顿号或逗号分隔：自行实施、转让、许可、合作、作价入股、其他',
    codeTable: 'transfer_mode',
    width: 20,
  },
  {
    key: 'price',
    header: '转让价格（元）',
    required: false,
    note: '数字，最多两位小数；不填时“面议”须为“是”',
    width: 14,
  },
  { key: 'negotiable', header: '面议', required: false, note: '是 / 否，默认否', codeTable: 'yes_no', width: 8 },
  KEYWORDS,
  {
    key: 'registryNumber',
    header: '成果登记号',
    required: false,
    note: '12 位：3 位地区码 + 4 位年份 + 1 位类型 + 4 位流水号',
    width: 16,
  },
  ...CONTACT,
];

const NEED: ColumnSpec[] = [
  {
    key: 'title',
    header: '需求名称',
    required: true,
    note: '2–200 个字；同一需求单位下名称不能重复（重复导入按名称识别）',
    width: 30,
  },
  { key: 'description', header: '需求描述', required: true, note: '不超过 20000 字', width: 50 },
  {
    key: 'ownerCreditCode',
    header: '需求单位统一社会信用代码',
    required: true,
    note: '18 位统一社会信用代码；该单位须已在平台注册并通过审核，类型为企业',
    aliases: ['统一社会信用代码'],
    width: 24,
  },
  { key: 'ownerName', header: '需求单位名称', required: false, note: '仅供核对，以信用代码为准', width: 24 },
  techField('新能源与高效节能'),
  region('6 位行政区划代码或名称；留空取需求单位所在地区；须在本局辖区内'),
  { key: 'industry', header: '所属行业', required: false, note: '', width: 14 },
  { key: 'budgetMin', header: '预算下限（元）', required: false, note: '数字，最多两位小数', width: 14 },
  {
    key: 'budgetMax',
    header: '预算上限（元）',
    required: false,
    note: '数字，最多两位小数；不低于预算下限',
    width: 14,
  },
  { key: 'deadline', header: '截止日期', required: false, note: '日期，如 2026-12-31', width: 12 },
  {
    key: 'cooperationModes',
    header: '合作方式',
    required: false,
    note: '可填多个：委托开发、合作开发、转让、许可、技术咨询、技术服务、其他',
    codeTable: 'cooperation_mode',
    width: 20,
  },
  KEYWORDS,
  ...CONTACT,
];

const CONTRACT: ColumnSpec[] = [
  {
    key: 'registrationNo',
    header: '登记编号',
    required: true,
    note: '技术合同认定登记编号（4–64 位字母、数字或“-”）；重复导入按登记编号识别',
    width: 20,
  },
  { key: 'title', header: '合同名称', required: true, note: '2–200 个字', width: 30 },
  {
    key: 'contractType',
    header: '合同类别',
    required: true,
    note: '合同子类代码或名称，如“委托开发”“技术开发/委托开发”“development.commissioned”；须在认定登记日期有效',
    codeTable: 'contract_type',
    width: 22,
  },
  {
    key: 'techField',
    header: '技术领域',
    required: true,
    note: '技术领域代码（01–11）或名称',
    codeTable: 'tech_field',
    width: 16,
  },
  { key: 'sellerName', header: '卖方名称', required: true, note: '', width: 24 },
  {
    key: 'sellerCreditCode',
    header: '卖方统一社会信用代码',
    required: false,
    note: '18 位统一社会信用代码，填写时校验',
    width: 24,
  },
  {
    key: 'sellerRegion',
    header: '卖方所在地区',
    required: true,
    note: '6 位行政区划代码或名称',
    codeTable: 'region',
    width: 14,
  },
  { key: 'buyerName', header: '买方名称', required: true, note: '', width: 24 },
  {
    key: 'buyerCreditCode',
    header: '买方统一社会信用代码',
    required: false,
    note: '18 位统一社会信用代码，填写时校验',
    width: 24,
  },
  {
    key: 'buyerRegion',
    header: '买方所在地区',
    required: true,
    note: '6 位行政区划代码或名称',
    codeTable: 'region',
    width: 14,
  },
  {
    key: 'registryRegion',
    header: '登记机构所在地区',
    required: false,
    note: '6 位行政区划代码或名称；留空取导入单位所在地区；须在本局辖区内',
    codeTable: 'region',
    width: 16,
  },
  { key: 'contractAmount', header: '合同成交额（元）', required: true, note: '数字，最多两位小数', width: 16 },
  {
    key: 'techAmount',
    header: '技术交易额（元）',
    required: true,
    note: '数字，最多两位小数；不能大于合同成交额',
    width: 16,
  },
  { key: 'signedOn', header: '签订日期', required: false, note: '日期，如 2024-05-20', width: 12 },
  { key: 'certifiedOn', header: '认定登记日期', required: true, note: '日期；统计按此日期计入', width: 12 },
];

const certified = Object.values(REGISTRY_KINDS).filter((k) => k.certificate);
const hosted = Object.values(REGISTRY_KINDS).filter((k) => k.host);

const REGISTRY: ColumnSpec[] = [
  {
    key: 'kind',
    header: '名录类别',
    required: true,
    note: `名录类别名称：${Object.values(REGISTRY_KINDS)
      .map((k) => k.name)
      .join('、')}`,
    codeTable: 'registry_kind',
    width: 18,
  },
  {
    key: 'name',
    header: '名称',
    required: true,
    note: '企业、基地、平台名称或科技特派员姓名，不超过 200 个字',
    aliases: ['企业名称', '姓名'],
    width: 30,
  },
  {
    key: 'region',
    header: '所在地区',
    required: true,
    note: '6 位行政区划代码或名称（如“杜集区”）；科技特派员填派驻的县区；须在本局辖区内',
    codeTable: 'region',
    width: 14,
  },
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    required: false,
    note: '18 位统一社会信用代码（企业），填写时校验',
    width: 24,
  },
  {
    key: 'certificateNo',
    header: '证书编号/入库编号',
    required: false,
    note: `${certified.map((k) => `${k.name}必填（${k.certificate!.label}）`).join('；')}；其他类别不填。重复导入按“类别 + 编号”识别，没有编号的按“类别 + 地区 + 名称 + 日期”识别`,
    aliases: ['证书编号', '入库编号', '入库登记编号', '高新技术企业证书编号'],
    width: 20,
  },
  {
    key: 'recognisedOn',
    header: '认定日期',
    required: true,
    note: '认定、入库、建成或派出日期，如 2024-11-20；不能晚于今天',
    aliases: ['入库日期', '建成日期', '派出日期'],
    width: 12,
  },
  {
    key: 'validUntil',
    header: '有效期至',
    required: false,
    note: `日期；不填时${certified.map((k) => `${k.name}按 ${k.certificate!.validityYears} 年`).join('、')}计算，其他类别长期有效`,
    width: 12,
  },
  {
    key: 'host',
    header: '服务的县区或企业',
    required: false,
    note: `${hosted.map((k) => k.name).join('、')}必填：服务的县（市、区）或企业`,
    width: 24,
  },
];

export const COLUMNS: Record<ImportKind, ColumnSpec[]> = {
  achievements: ACHIEVEMENT,
  needs: NEED,
  contracts: CONTRACT,
  registries: REGISTRY,
};

export const KIND_LABEL: Record<ImportKind, string> = {
  achievements: '科技成果',
  needs: '技术需求',
  contracts: '技术合同（已认定登记）',
  registries: '名录（高企、科小、基地、特派员等）',
};
