import { LedgerEntryInvalidError } from './statistics.errors.js';
import { isUuid } from '../../shared/validation/index.js';

export type LedgerEntryKind = 'certified' | 'amendment' | 'cancellation';
export type LedgerSource = 'platform' | 'import';
export type Perspective = 'absorption' | 'output' | 'registered';
export const PERSPECTIVES: readonly Perspective[] = ['absorption', 'output', 'registered'];

/**
 * One signed delta of the technology-contract statistics — the interface the contracts lib
 * (and bulk import) writes through `StatisticsLedger.append(em, entries)`.
 *
 * Contract for callers:
 * - Call `append` INSIDE the transaction that certifies, amends or cancels the contract (pass
 *   that transaction's EntityManager). The ledger row and every rollup change commit or roll
 *   back with the contract. No network calls happen inside `append`.
 * - The ledger is append-only (a trigger refuses UPDATE and DELETE). Never "fix" a figure:
 *   append a correcting `amendment`.
 * - `certified`: exactly one per contract (a second one is refused with
 *   LEDGER_DUPLICATE_CERTIFICATION). countDelta = +1; amounts = the registry's APPROVED figures
 *   (not the declared ones); effectiveDate = the certification date.
 * - `amendment`: amounts are the DIFFERENCE (new approved − old approved), may be negative;
 *   effectiveDate = the amendment's effective date — it changes the totals of that period only.
 *   countDelta = 0. When an amendment changes a classification (region, type, subtype, field),
 *   send two entries in the same call: one taking the old key out (countDelta −1, negated old
 *   amounts) and one putting the new key in (countDelta +1, new amounts); the countDeltas of a
 *   contract's amendment entries in one call must add up to 0.
 * - `cancellation`: countDelta = −1, amounts = the NEGATED currently approved figures (so the
 *   contract nets to zero), effectiveDate = the cancellation's effective date.
 * - source: 'platform' for registrations made here, 'import' for bulk loads of registry data.
 * - Region codes are 6-digit codes present in `region` (the county when known, else the city
 *   or province); type/subtype/field are codes of the dated code tables in force on the
 *   certification date. Unknown codes are refused with LEDGER_REFERENCE_UNKNOWN.
 * - Money is integer fen as a decimal string (e.g. "123450000" = 123.45万元), signed for deltas.
 * - contractId has no foreign key on purpose: imported contracts may exist only here.
 */
export interface LedgerEntry {
  contractId: string;
  registrationNo: string;
  entryKind: LedgerEntryKind;
  source: LedgerSource;
  /** YYYY-MM-DD, China date (UTC+8). */
  effectiveDate: string;
  sellerRegionCode: string;
  buyerRegionCode: string;
  registryRegionCode: string;
  contractTypeCode: string;
  contractSubtypeCode: string;
  techFieldCode: string;
  /**
   * How the price was set (协议定价 'agreement', 挂牌 'listing', 'auction'), from the contract's
   * origin; absent for imported registry data, which does not say.
   */
  priceRoute?: 'agreement' | 'listing' | 'auction' | null;
  /** +1 certified, 0 amendment (±1 when reclassifying, see above), −1 cancellation. */
  countDelta: -1 | 0 | 1;
  /** 合同成交额 delta, integer fen as a signed decimal string. */
  contractAmountFen: string;
  /** 技术交易额 delta, integer fen as a signed decimal string. */
  techAmountFen: string;
  /** Shown in the full contract export; the name as registered. */
  contractName: string;
  sellerName: string;
  buyerName: string;
}

/**
 * A bulk load's certified entries as a query (StatisticsLedger.appendCertifiedFrom): `sql` is a
 * SELECT, or an `INSERT … RETURNING` of the caller's own table (it runs as a data-modifying CTE
 * of the ledger's statement), with `params` as $1…$n, yielding one row per certified contract
 * with the columns contract_id (uuid), registration_no, effective_date (date),
 * seller_region_code, buyer_region_code, registry_region_code, contract_type_code,
 * contract_subtype_code, tech_field_code, contract_amount_fen, tech_amount_fen (bigint, fen),
 * contract_name, seller_name, buyer_name. The rules of a `certified` LedgerEntry hold for them
 * and are enforced by the table, not in JavaScript: the CHECKs (count +1, amounts ≥ 0, 技术交易额
 * ≤ 合同成交额, the subtype belongs to the type), one certification per contract (unique index),
 * codes present (the statement's reference check), dates and uuids by their types.
 */
export interface CertifiedSource {
  sql: string;
  params: unknown[];
}

const REGION = /^\d{6}$/;
const FEN = /^-?\d{1,18}$/;
const CODE = /^[a-z0-9_.]{1,48}$/;

function validDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Shape and sign rules of a batch; codes are checked by the database's foreign keys. */
export function validateLedgerEntries(entries: readonly LedgerEntry[]): void {
  const amendmentCount = new Map<string, number>();
  entries.forEach((e, i) => {
    const fail = (p: string): never => {
      throw new LedgerEntryInvalidError(i, p);
    };
    if (!isUuid(e.contractId)) fail('contractId 必须是 UUID');
    if (!e.registrationNo || e.registrationNo.length > 64) fail('registrationNo 必填，最长 64 个字符');
    if (!['certified', 'amendment', 'cancellation'].includes(e.entryKind)) fail('entryKind 不合法');
    if (!['platform', 'import'].includes(e.source)) fail('source 不合法');
    if (!validDate(e.effectiveDate)) fail('effectiveDate 必须是 YYYY-MM-DD');
    for (const k of ['sellerRegionCode', 'buyerRegionCode', 'registryRegionCode'] as const) {
      if (!REGION.test(e[k])) fail(`${k} 必须是 6 位行政区划代码`);
    }
    for (const k of ['contractTypeCode', 'contractSubtypeCode', 'techFieldCode'] as const) {
      if (!CODE.test(e[k])) fail(`${k} 不合法`);
    }
    if (!e.contractSubtypeCode.startsWith(`${e.contractTypeCode}.`))
      fail('contractSubtypeCode 不属于 contractTypeCode');
    if (!FEN.test(e.contractAmountFen) || !FEN.test(e.techAmountFen)) fail('金额必须是整数分（字符串）');
    const contract = BigInt(e.contractAmountFen);
    const tech = BigInt(e.techAmountFen);
    if (e.entryKind === 'certified') {
      if (e.countDelta !== 1) fail('certified 的 countDelta 必须是 1');
      if (contract < 0n || tech < 0n) fail('certified 的金额不能为负');
      if (tech > contract) fail('技术交易额不能大于合同成交额');
    } else if (e.entryKind === 'cancellation') {
      if (e.countDelta !== -1) fail('cancellation 的 countDelta 必须是 -1');
      if (contract > 0n || tech > 0n) fail('cancellation 的金额必须是负数或零（冲减）');
    } else {
      if (![-1, 0, 1].includes(e.countDelta)) fail('amendment 的 countDelta 只能是 -1、0 或 1');
      amendmentCount.set(e.contractId, (amendmentCount.get(e.contractId) ?? 0) + e.countDelta);
    }
    if (typeof e.contractName !== 'string' || typeof e.sellerName !== 'string' || typeof e.buyerName !== 'string')
      fail('名称必须是字符串');
  });
  for (const [contractId, sum] of amendmentCount) {
    if (sum !== 0) {
      const i = entries.findIndex((e) => e.contractId === contractId && e.entryKind === 'amendment');
      throw new LedgerEntryInvalidError(i, '同一合同的变更记录 countDelta 之和必须为 0');
    }
  }
}

/** scope_code of the national flow matrix in stats_flow_matrix_month (provinces use their own code). */
export const NATION_SCOPE = '000000';
