import {
  ACHIEVEMENT_TYPES,
  COOPERATION_MODES,
  TRANSFER_MODES,
  type AchievementType,
  type CooperationMode,
  type TransferMode,
} from '../../listings/src/rules.js';
import type { ImportedRegistryEntry } from '../../registries/src/index.js';
import { COLUMNS } from './columns.js';
import type { ImportKind, ImportProblem } from './import.types.js';
import { ProblemCode } from './imports.errors.js';
import { lookupSubtype, type ReferenceData } from './reference-data.js';
import { RowChecker } from './row-checker.js';
import { validateRegistryEntry } from './registry-row.js';
import { parseYesNo, splitList } from './values.js';

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
export interface RowResult<V = ListingValue | ContractValue | ImportedRegistryEntry> {
  row: number;
  problems: ImportProblem[];
  /** Natural key for duplicate detection (owner credit code + title, registration number, registry key). */
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
  if (kind === 'registries') return { row, problems: c.problems, ...validateRegistryEntry(c, ref) };
  return validateListing(kind === 'achievements' ? 'achievement' : 'need', c, ref);
}

/** The header of a column key, for problems found after the per-row checks. */
export function headerOf(kind: ImportKind, key: string): string {
  return COLUMNS[kind].find((s) => s.key === key)?.header ?? key;
}
