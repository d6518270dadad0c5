import type { ContractStatus } from './contract-status.js';
import type { ContractInput, ContractView, PartyView, PriceRoute } from './contract.types.js';

/** A tech_contract row as node-postgres returns it (bigint → string, date → string). */
export interface ContractRow {
  id: string;
  title: string;
  status: ContractStatus;
  /** NULL only on a draft made from a sale, until its parties complete it. */
  contract_type_code: string | null;
  contract_subtype_code: string | null;
  tech_field_code: string | null;
  seller_org_id: string;
  seller_name: string;
  seller_credit_code: string | null;
  seller_region_code: string;
  buyer_org_id: string | null;
  buyer_name: string;
  buyer_credit_code: string | null;
  buyer_region_code: string;
  intermediary_org_id: string | null;
  intermediary_name: string | null;
  intermediary_credit_code: string | null;
  intermediary_region_code: string | null;
  contract_amount_fen: string;
  tech_amount_fen: string;
  signed_on: string | null;
  term_start: string | null;
  term_end: string | null;
  negotiated_price: boolean;
  team_share_percent: string | null;
  staff_share_percent: string | null;
  deal_id: string | null;
  achievement_id: string | null;
  need_id: string | null;
  created_by: string;
  created_by_org_id: string;
  submitted_at: Date | null;
  deadline_on: string | null;
  rejection_reason_code: string | null;
  rejection_comment: string | null;
  rejected_at: Date | null;
  certified_at: Date | null;
  certified_on: string | null;
  certified_by: string | null;
  registry_region_code: string | null;
  registration_no: string | null;
  approved_contract_amount_fen: string | null;
  approved_tech_amount_fen: string | null;
  price_route: PriceRoute;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Totals of a contract's adjustments, joined onto list queries. */
export interface AdjustmentTotals {
  contract_delta: string | null;
  tech_delta: string | null;
  cancelled: boolean | null;
}

/** Dates come back as text (`::text` in every select) so no time zone shifts them. */
export const CONTRACT_COLUMNS = `c.*, c.signed_on::text AS signed_on, c.term_start::text AS term_start, c.term_end::text AS term_end,
  c.deadline_on::text AS deadline_on, c.certified_on::text AS certified_on,
  (SELECT sum(a.contract_amount_delta_fen)::text FROM contract_adjustment a WHERE a.contract_id = c.id) AS contract_delta,
  (SELECT sum(a.tech_amount_delta_fen)::text FROM contract_adjustment a WHERE a.contract_id = c.id) AS tech_delta,
  EXISTS (SELECT 1 FROM contract_adjustment a WHERE a.contract_id = c.id AND a.kind = 'cancellation') AS cancelled`;

const num = (v: string | null) => (v === null ? null : Number(v));

const partyView = (orgId: string | null, name: string, creditCode: string | null, regionCode: string): PartyView => ({
  orgId,
  name,
  creditCode,
  regionCode,
  registered: orgId !== null,
});

/** A stored party as input: a registered organisation by id (its record decides the rest), else as entered. */
const partyInput = (orgId: string | null, name: string, creditCode: string | null, regionCode: string) =>
  orgId !== null ? { orgId } : { name, creditCode, regionCode };

/** The contract's amounts, term, price basis, benefit shares and links, as view and input both carry them. */
const termsOf = (r: ContractRow) => ({
  contractAmountFen: r.contract_amount_fen,
  techAmountFen: r.tech_amount_fen,
  termStart: r.term_start,
  termEnd: r.term_end,
  negotiatedPrice: r.negotiated_price,
  benefit: { teamPercent: num(r.team_share_percent), staffPercent: num(r.staff_share_percent) },
  dealId: r.deal_id,
  achievementId: r.achievement_id,
  needId: r.need_id,
});

export function toContractView(r: ContractRow & AdjustmentTotals, today: string): ContractView {
  const approvedContract = r.approved_contract_amount_fen;
  const approvedTech = r.approved_tech_amount_fen;
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    contractTypeCode: r.contract_type_code,
    contractSubtypeCode: r.contract_subtype_code,
    techFieldCode: r.tech_field_code,
    seller: partyView(r.seller_org_id, r.seller_name, r.seller_credit_code, r.seller_region_code),
    buyer: partyView(r.buyer_org_id, r.buyer_name, r.buyer_credit_code, r.buyer_region_code),
    intermediary:
      r.intermediary_name !== null && r.intermediary_region_code !== null
        ? partyView(r.intermediary_org_id, r.intermediary_name, r.intermediary_credit_code, r.intermediary_region_code)
        : null,
    ...termsOf(r),
    signedOn: r.signed_on,
    submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
    deadlineOn: r.deadline_on,
    overdue: r.status === 'submitted' && r.deadline_on !== null && r.deadline_on < today,
    rejection:
      r.status === 'rejected' && r.rejection_reason_code
        ? {
            reasonCode: r.rejection_reason_code,
            comment: r.rejection_comment,
            at: r.rejected_at ? r.rejected_at.toISOString() : null,
          }
        : null,
    registration:
      r.status === 'certified' && r.registration_no && approvedContract !== null && approvedTech !== null
        ? {
            registrationNo: r.registration_no,
            certifiedOn: r.certified_on!,
            certifiedAt: r.certified_at!.toISOString(),
            registryRegionCode: r.registry_region_code!,
            approvedContractAmountFen: approvedContract,
            approvedTechAmountFen: approvedTech,
            currentContractAmountFen: (BigInt(approvedContract) + BigInt(r.contract_delta ?? '0')).toString(),
            currentTechAmountFen: (BigInt(approvedTech) + BigInt(r.tech_delta ?? '0')).toString(),
            cancelled: r.cancelled === true,
          }
        : null,
    priceRoute: r.price_route,
    incomplete: incompleteFields(r),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** What a draft made from a sale still lacks before it can be submitted (empty for every other contract). */
export function incompleteFields(
  r: Pick<ContractRow, 'contract_subtype_code' | 'tech_field_code' | 'signed_on'>,
): ('contractSubtypeCode' | 'techFieldCode' | 'signedOn')[] {
  const missing: ('contractSubtypeCode' | 'techFieldCode' | 'signedOn')[] = [];
  if (r.contract_subtype_code === null) missing.push('contractSubtypeCode');
  if (r.tech_field_code === null) missing.push('techFieldCode');
  if (r.signed_on === null) missing.push('signedOn');
  return missing;
}

/** The stored contract as input, so that an update can be validated as a whole. */
export function rowToInput(r: ContractRow): ContractInput {
  return {
    title: r.title,
    contractTypeCode: r.contract_type_code,
    // A sale's draft lacks these until its parties fill them in: the validator then asks for them.
    contractSubtypeCode: r.contract_subtype_code ?? '',
    techFieldCode: r.tech_field_code ?? '',
    seller: partyInput(r.seller_org_id, r.seller_name, r.seller_credit_code, r.seller_region_code),
    buyer: partyInput(r.buyer_org_id, r.buyer_name, r.buyer_credit_code, r.buyer_region_code),
    intermediary: r.intermediary_name
      ? partyInput(
          r.intermediary_org_id,
          r.intermediary_name,
          r.intermediary_credit_code,
          r.intermediary_region_code ?? '',
        )
      : null,
    ...termsOf(r),
    signedOn: r.signed_on ?? '',
  };
}

/** A contract as other contexts may rely on it (ContractsService.record). */
export interface ContractRecord {
  id: string;
  title: string;
  status: ContractStatus;
  seller_org_id: string;
  buyer_org_id: string | null;
  registration_no: string | null;
  /** As certified (the registry's approved amount), else as declared. */
  contract_amount_fen: string;
  cancelled: boolean;
}

/** An organisation's certified contracts as buyer (ContractsService.buyerFigures). */
export interface BuyerContractFigures {
  certified_count: number;
  certified_fen: string;
  /** Of them, 技术开发 contracts (R&D cooperation). */
  development_count: number;
}

/** A certified contract of a party, as another context may list it (ContractsService.certifiedOfParty). */
export interface PartyContractRow {
  id: string;
  title: string;
  registration_no: string | null;
  certified_on: string | null;
  /** As certified. */
  contract_amount_fen: string;
}

export interface ContractParties {
  seller_org_id: string;
  buyer_org_id: string | null;
  intermediary_org_id: string | null;
  created_by_org_id: string | null;
  seller_region_code: string;
  buyer_region_code: string;
}

/** What a sale (an auction lot sold, a 挂牌 listing bought) puts in a draft contract. */
export interface SaleDraftRow {
  route: 'listing' | 'auction';
  title: string;
  typeCode: string | null;
  fieldCode: string | null;
  seller: { orgId: string; name: string; creditCode: string | null; regionCode: string };
  buyer: { orgId: string; name: string; creditCode: string | null; regionCode: string };
  /** The sale's price: 合同成交额 and, until the parties say otherwise, 技术交易额. */
  amountFen: bigint;
  dealId: string;
  achievementId: string | null;
  createdBy: string;
}
