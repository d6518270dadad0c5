import { isValidCreditCode, normalizeCreditCode } from '../../identity/src/index.js';
import {
  ACHIEVEMENT_TYPES,
  COOPERATION_MODES,
  TRANSFER_MODES,
  type AchievementType,
  type CooperationMode,
  type TransferMode,
} from '../../listings/src/index.js';
import { COLUMNS, type ColumnSpec } from './columns.js';
import type { ImportKind, ImportProblem } from './import.types.js';
import { ProblemCode } from './imports.errors.js';
import { isPhone } from '../../shared/validation/index.js';
import { lookupField, lookupRegion, lookupSubtype, type ReferenceData } from './reference-data.js';
import { parseDate, parseYesNo, parseYuan, splitList } from './values.js';

export interface ListingValue {
  kind: 'achievement' | 'need';
  ownerCreditCode: string;
  /** Explicit 所在地区; null → the owner's region (checked against the scope once the owner is known). */
  regionCode: string | null;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  contactName: string | null;
  contactPhone: string | null;
  achievement?: {
    registryNumber: string | null;
    achievementType: AchievementType;
    trl: number;
    transferModes: TransferMode[];
    priceFen: string | null;
    negotiable: boolean;
  };
  need?: {
    industry: string | null;
    budgetMinFen: string | null;
    budgetMaxFen: string | null;
    deadline: string | null;
    cooperationModes: CooperationMode[];
  };
}

export interface ContractValue {
  registrationNo: string;
  title: string;
  typeCode: string;
  subtypeCode: string;
  techFieldCode: string;
  sellerName: string;
  sellerCreditCode: string | null;
  sellerRegionCode: string;
  buyerName: string;
  buyerCreditCode: string | null;
  buyerRegionCode: string;
  registryRegionCode: string;
  contractFen: string;
  techFen: string;
  signedOn: string | null;
  certifiedOn: string;
}

/** One data row after validation; `value` is set only when the row has no problem (yet). */
export interface RowResult<V = ListingValue | ContractValue> {
  row: number;
  problems: ImportProblem[];
  /** Natural key for duplicate detection (owner credit code + title, or registration number). */
  key?: string;
  value?: V;
}

const ACHIEVEMENT_TYPE_NAMES: Record<string, AchievementType> = {
  应用技术: 'applied',
  基础理论: 'basic',
  软科学: 'soft',
};
const TRANSFER_MODE_NAMES: Record<string, TransferMode> = {
  自行实施: 'self_implementation',
  转让: 'transfer',
  技术转让: 'transfer',
  许可: 'licence',
  技术许可: 'licence',
  合作: 'cooperation',
  合作转化: 'cooperation',
  作价入股: 'equity',
  其他: 'other',
};
const COOPERATION_NAMES: Record<string, CooperationMode> = {
  委托开发: 'commissioned_development',
  合作开发: 'cooperative_development',
  转让: 'transfer',
  技术转让: 'transfer',
  许可: 'licence',
  技术许可: 'licence',
  咨询: 'consulting',
  技术咨询: 'consulting',
  服务: 'service',
  技术服务: 'service',
  其他: 'other',
};

class RowChecker {
  readonly problems: ImportProblem[] = [];
  private readonly header: Map<string, string>;

  constructor(
    readonly row: number,
    readonly rec: Record<string, string>,
    specs: readonly ColumnSpec[],
  ) {
    this.header = new Map(specs.map((s) => [s.key, s.header]));
  }

  problem(key: string, code: string, message: string): undefined {
    this.problems.push({ row: this.row, column: this.header.get(key) ?? key, code, message });
    return undefined;
  }

  text(key: string, o: { required?: boolean; min?: number; max?: number } = {}): string | null {
    const v = this.rec[key] ?? '';
    if (!v) {
      if (o.required) this.problem(key, ProblemCode.REQUIRED, '必填项为空');
      return null;
    }
    if (o.max !== undefined && [...v].length > o.max)
      return this.problem(key, ProblemCode.TOO_LONG, `不能超过 ${o.max} 个字`) ?? null;
    if (o.min !== undefined && [...v].length < o.min)
      return this.problem(key, ProblemCode.BAD_VALUE, `至少 ${o.min} 个字`) ?? null;
    return v;
  }

  region(key: string, ref: ReferenceData, o: { required?: boolean; scoped?: boolean }): string | null | undefined {
    const v = this.text(key, { required: o.required });
    if (v === null) return null;
    const hit = lookupRegion(ref, v);
    if (!hit.ok) {
      return hit.code === 'ambiguous'
        ? this.problem(key, ProblemCode.AMBIGUOUS_REGION, `地区名称“${v}”对应多个地区，请填写 6 位行政区划代码`)
        : this.problem(key, ProblemCode.UNKNOWN_REGION, `未知的地区“${v}”`);
    }
    if (o.scoped && ref.scope && !ref.scope.has(hit.code))
      return this.problem(key, ProblemCode.REGION_OUT_OF_SCOPE, `地区 ${hit.code} 不在本局辖区内`);
    return hit.code;
  }

  field(ref: ReferenceData): string | undefined {
    const v = this.text('techField', { required: true });
    if (v === null) return undefined;
    const hit = lookupField(ref, v);
    return hit.ok ? hit.code : this.problem('techField', ProblemCode.UNKNOWN_TECH_FIELD, `未知的技术领域“${v}”`);
  }

  creditCode(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    const code = normalizeCreditCode(v);
    return isValidCreditCode(code)
      ? code
      : this.problem(key, ProblemCode.BAD_CREDIT_CODE, `“${v}”不是有效的统一社会信用代码`);
  }

  /** A telephone number by the rule the listing forms and the API apply (libs/shared/validation), as long as they allow. */
  phone(key: string, max: number): string | null | undefined {
    const v = this.text(key, { max });
    if (v === null) return null;
    return isPhone(v)
      ? v
      : this.problem(key, ProblemCode.BAD_PHONE, `“${v}”不是电话号码，请填写如 0558-1234567 或 13800000000`);
  }

  fen(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    const r = parseYuan(v);
    if (r.ok) return r.fen.toString();
    if (r.problem === 'negative') return this.problem(key, ProblemCode.AMOUNT_OUT_OF_RANGE, '金额不能为负数');
    if (r.problem === 'range') return this.problem(key, ProblemCode.AMOUNT_OUT_OF_RANGE, '金额超出上限（10 万亿元）');
    return this.problem(key, ProblemCode.NOT_A_NUMBER, `“${v}”不是数字（单位：元，最多两位小数）`);
  }

  date(key: string, required: boolean): string | null | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : null;
    return parseDate(v) ?? this.problem(key, ProblemCode.BAD_DATE, `“${v}”不是有效日期（如 2024-05-20）`);
  }

  codes<T extends string>(
    key: string,
    names: Record<string, T>,
    allowed: readonly T[],
    required: boolean,
  ): T[] | undefined {
    const v = this.text(key, { required });
    if (v === null) return required ? undefined : [];
    const out: T[] = [];
    for (const item of splitList(v)) {
      const code = names[item] ?? (allowed.includes(item as T) ? (item as T) : undefined);
      if (!code)
        return this.problem(key, ProblemCode.BAD_VALUE, `无法识别“${item}”，可选：${Object.keys(names).join('、')}`);
      if (!out.includes(code)) out.push(code);
    }
    return out;
  }
}

function listingCommon(c: RowChecker, ref: ReferenceData) {
  const title = c.text('title', { required: true, min: 2, max: 200 });
  const description = c.text('description', { required: true, max: 20_000 });
  const ownerCreditCode = c.creditCode('ownerCreditCode', true);
  const techFieldCode = c.field(ref);
  const regionCode = c.region('region', ref, { scoped: true });
  const keywords = splitList(c.rec.keywords ?? '');
  if (keywords.length > 10) c.problem('keywords', ProblemCode.BAD_VALUE, '关键词最多 10 个');
  const contactName = c.text('contactName', { max: 50 });
  // 20 characters, as the listing form's field (listings.dto.ts: contactPhone) allows.
  const contactPhone = c.phone('contactPhone', 20) ?? null;
  return { title, description, ownerCreditCode, techFieldCode, regionCode, keywords, contactName, contactPhone };
}

function validateListing(kind: 'achievement' | 'need', c: RowChecker, ref: ReferenceData): RowResult {
  const common = listingCommon(c, ref);
  let achievement: ListingValue['achievement'];
  let need: ListingValue['need'];
  if (kind === 'achievement') {
    const achievementType = c.codes('achievementType', ACHIEVEMENT_TYPE_NAMES, ACHIEVEMENT_TYPES, true)?.[0];
    const trlText = c.text('trl', { required: true });
    let trl: number | undefined;
    if (trlText !== null) {
      trl = /^[1-9]$/.test(trlText)
        ? Number(trlText)
        : c.problem('trl', ProblemCode.BAD_VALUE, '技术成熟度必须是 1 到 9 的整数');
    }
    const transferModes = c.codes('transferModes', TRANSFER_MODE_NAMES, TRANSFER_MODES, true);
    const priceFen = c.fen('price', false);
    const negotiableText = c.rec.negotiable ?? '';
    const negotiable = parseYesNo(negotiableText);
    if (negotiable === undefined) c.problem('negotiable', ProblemCode.BAD_VALUE, '请填写“是”或“否”');
    else if (!negotiable && priceFen === null)
      c.problem('price', ProblemCode.REQUIRED, '请填写转让价格，或在“面议”列填写“是”');
    const registryNumber = c.text('registryNumber');
    if (registryNumber !== null && !/^[0-9A-Z]{3}[0-9]{4}[A-Z0-9][0-9]{4}$/.test(registryNumber))
      c.problem(
        'registryNumber',
        ProblemCode.BAD_VALUE,
        '成果登记号应为 12 位（3 位地区码 + 4 位年份 + 1 位类型 + 4 位流水号）',
      );
    if (achievementType && trl && transferModes?.length && priceFen !== undefined && negotiable !== undefined) {
      achievement = { registryNumber, achievementType, trl, transferModes, priceFen, negotiable };
    }
  } else {
    const industry = c.text('industry', { max: 100 });
    const budgetMinFen = c.fen('budgetMin', false);
    const budgetMaxFen = c.fen('budgetMax', false);
    if (budgetMinFen && budgetMaxFen && BigInt(budgetMinFen) > BigInt(budgetMaxFen))
      c.problem('budgetMax', ProblemCode.BUDGET_RANGE, '预算上限不能低于预算下限');
    const deadline = c.date('deadline', false);
    const cooperationModes = c.codes('cooperationModes', COOPERATION_NAMES, COOPERATION_MODES, false);
    if (budgetMinFen !== undefined && budgetMaxFen !== undefined && deadline !== undefined && cooperationModes) {
      need = { industry, budgetMinFen, budgetMaxFen, deadline, cooperationModes };
    }
  }
  const key = common.ownerCreditCode && common.title ? `${common.ownerCreditCode}|${common.title}` : undefined;
  if (c.problems.length > 0) return { row: c.row, problems: c.problems, key };
  const value: ListingValue = {
    kind,
    ownerCreditCode: common.ownerCreditCode!,
    regionCode: common.regionCode ?? null,
    title: common.title!,
    description: common.description!,
    keywords: common.keywords,
    techFieldCode: common.techFieldCode!,
    contactName: common.contactName,
    contactPhone: common.contactPhone,
    achievement,
    need,
  };
  return { row: c.row, problems: [], key, value };
}

function validateContract(c: RowChecker, ref: ReferenceData): RowResult {
  const regText = c.text('registrationNo', { required: true });
  let registrationNo: string | undefined;
  if (regText !== null) {
    const norm = regText.replace(/\s+/g, '').toUpperCase();
    registrationNo = /^[0-9A-Z-]{4,64}$/.test(norm)
      ? norm
      : c.problem('registrationNo', ProblemCode.BAD_REGISTRATION_NO, '登记编号应为 4–64 位字母、数字或“-”');
  }
  const title = c.text('title', { required: true, min: 2, max: 200 });
  const certifiedOn = c.date('certifiedOn', true);
  const signedOn = c.date('signedOn', false);
  const typeText = c.text('contractType', { required: true });
  let subtype: ReturnType<typeof lookupSubtype>;
  if (typeText !== null) {
    subtype = lookupSubtype(ref, typeText, certifiedOn ?? null);
    if (!subtype)
      c.problem('contractType', ProblemCode.UNKNOWN_CONTRACT_TYPE, `未知或在认定登记日期不适用的合同类别“${typeText}”`);
  }
  const techFieldCode = c.field(ref);
  const sellerName = c.text('sellerName', { required: true, max: 200 });
  const sellerCreditCode = c.creditCode('sellerCreditCode', false);
  const sellerRegionCode = c.region('sellerRegion', ref, { required: true });
  const buyerName = c.text('buyerName', { required: true, max: 200 });
  const buyerCreditCode = c.creditCode('buyerCreditCode', false);
  const buyerRegionCode = c.region('buyerRegion', ref, { required: true });
  let registryRegionCode = c.region('registryRegion', ref, { scoped: true });
  if (registryRegionCode === null) {
    registryRegionCode =
      ref.defaultRegistryRegion ?? c.problem('registryRegion', ProblemCode.REQUIRED, '请填写登记机构所在地区');
  }
  const contractFen = c.fen('contractAmount', true);
  const techFen = c.fen('techAmount', true);
  if (contractFen && techFen && BigInt(techFen) > BigInt(contractFen))
    c.problem('techAmount', ProblemCode.TECH_AMOUNT_EXCEEDS_CONTRACT, '技术交易额不能大于合同成交额');
  const key = registrationNo;
  if (c.problems.length > 0) return { row: c.row, problems: c.problems, key };
  const value: ContractValue = {
    registrationNo: registrationNo!,
    title: title!,
    typeCode: subtype!.typeCode,
    subtypeCode: subtype!.code,
    techFieldCode: techFieldCode!,
    sellerName: sellerName!,
    sellerCreditCode: sellerCreditCode ?? null,
    sellerRegionCode: sellerRegionCode!,
    buyerName: buyerName!,
    buyerCreditCode: buyerCreditCode ?? null,
    buyerRegionCode: buyerRegionCode!,
    registryRegionCode: registryRegionCode!,
    contractFen: contractFen!,
    techFen: techFen!,
    signedOn: signedOn ?? null,
    certifiedOn: certifiedOn!,
  };
  return { row: c.row, problems: [], key, value };
}

/** Checks one row of `kind` against the code tables (no database access: owners are resolved per batch). */
export function validateRow(kind: ImportKind, row: number, rec: Record<string, string>, ref: ReferenceData): RowResult {
  const c = new RowChecker(row, rec, COLUMNS[kind]);
  if (kind === 'contracts') return validateContract(c, ref);
  return validateListing(kind === 'achievements' ? 'achievement' : 'need', c, ref);
}

/** The header of a column key, for problems found after the per-row checks. */
export function headerOf(kind: ImportKind, key: string): string {
  return COLUMNS[kind].find((s) => s.key === key)?.header ?? key;
}
