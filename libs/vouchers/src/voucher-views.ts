import type { RegionService } from '../../reference/src/index.js';
import { REGISTRY_KINDS, type RegistryKind } from '../../registries/src/index.js';
import { VOUCHER_CATEGORIES, type VoucherCategory } from './voucher-categories.js';
import type { LedgerRow, ProgrammeRow, ProviderRow } from './voucher-programme.repository.js';
import type { VoucherRow, VoucherStatus } from './voucher.repository.js';
import type { LedgerKind } from './voucher.rules.js';

export interface CodeName {
  code: string;
  name: string;
}

export interface ProgrammeView {
  id: string;
  name: string;
  issuerOrgId: string;
  issuerName: string;
  regionCode: string;
  regionName: string;
  budgetFen: string;
  reservedFen: string;
  redeemedFen: string;
  availableFen: string;
  opensOn: string;
  closesOn: string;
  eligibleKinds: CodeName[];
  categories: CodeName[];
  subsidyPercent: number;
  capPerEnterpriseFen: string;
  reservationDays: number;
  outsideProviders: boolean;
  acceptedRegions: CodeName[];
  providers: { orgId: string; name: string; regionCode: string; regionName: string }[];
}

export interface VoucherView {
  id: string;
  programmeId: string;
  programmeName: string;
  issuerRegionCode: string;
  issuerRegionName: string;
  /** 通用通兑: the programme of another region whose approved provider serves this voucher. */
  hostRegionCode: string | null;
  hostRegionName: string | null;
  enterpriseOrgId: string;
  enterpriseName: string;
  providerOrgId: string;
  providerName: string;
  category: string;
  categoryName: string;
  purpose: string;
  subsidyPercent: number;
  plannedFen: string;
  requestedFen: string;
  year: number;
  status: VoucherStatus;
  statusName: string;
  appliedAt: string;
  approvedFen: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  expiresOn: string | null;
  contractId: string | null;
  serviceFen: string | null;
  evidence: string | null;
  redemptionRequestedAt: string | null;
  redemptionNote: string | null;
  redeemedFen: string | null;
  redeemedAt: string | null;
}

export interface LedgerEntryView {
  id: string;
  voucherId: string;
  enterpriseName: string;
  kind: LedgerKind;
  kindName: string;
  amountFen: string;
  reason: string;
  at: string;
}

export const VOUCHER_STATUS_NAMES: Record<VoucherStatus, string> = {
  applied: '待审核',
  rejected: '未通过',
  approved: '已批准',
  redemption_requested: '兑付审核中',
  redeemed: '已兑付',
  expired: '已过期',
};
const LEDGER_KIND_NAMES: Record<LedgerKind, string> = { reserved: '预留', released: '释放', redeemed: '兑付' };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function programmeView(p: ProgrammeRow, providers: ProviderRow[], regions: RegionService): ProgrammeView {
  const regionName = (code: string) => regions.find(code)?.name ?? code;
  return {
    id: p.id,
    name: p.name,
    issuerOrgId: p.issuer_org_id,
    issuerName: p.issuer_name,
    regionCode: p.region_code,
    regionName: regionName(p.region_code),
    budgetFen: p.budget_fen,
    reservedFen: p.reserved_fen,
    redeemedFen: p.redeemed_fen,
    availableFen: String(BigInt(p.budget_fen) - BigInt(p.reserved_fen) - BigInt(p.redeemed_fen)),
    opensOn: p.opens_on,
    closesOn: p.closes_on,
    eligibleKinds: p.eligible_kinds.map((k) => ({ code: k, name: REGISTRY_KINDS[k as RegistryKind]?.name ?? k })),
    categories: p.categories.map((c) => ({ code: c, name: VOUCHER_CATEGORIES[c as VoucherCategory] ?? c })),
    subsidyPercent: p.subsidy_percent,
    capPerEnterpriseFen: p.cap_per_enterprise_fen,
    reservationDays: p.reservation_days,
    outsideProviders: p.outside_providers,
    acceptedRegions: p.accepted_region_codes.map((c) => ({ code: c, name: regionName(c) })),
    providers: providers
      .filter((r) => r.programme_id === p.id)
      .map((r) => ({
        orgId: r.org_id,
        name: r.name,
        regionCode: r.region_code,
        regionName: regionName(r.region_code),
      })),
  };
}

export function voucherView(v: VoucherRow, regions: RegionService): VoucherView {
  const regionName = (code: string) => regions.find(code)?.name ?? code;
  return {
    id: v.id,
    programmeId: v.programme_id,
    programmeName: v.programme_name,
    issuerRegionCode: v.issuer_region_code,
    issuerRegionName: regionName(v.issuer_region_code),
    hostRegionCode: v.host_region_code,
    hostRegionName: v.host_region_code ? regionName(v.host_region_code) : null,
    enterpriseOrgId: v.enterprise_org_id,
    enterpriseName: v.enterprise_name,
    providerOrgId: v.provider_org_id,
    providerName: v.provider_name,
    category: v.category,
    categoryName: VOUCHER_CATEGORIES[v.category as VoucherCategory] ?? v.category,
    purpose: v.purpose,
    subsidyPercent: v.subsidy_percent,
    plannedFen: v.planned_fen,
    requestedFen: v.requested_fen,
    year: v.year,
    status: v.status,
    statusName: VOUCHER_STATUS_NAMES[v.status],
    appliedAt: new Date(v.applied_at).toISOString(),
    approvedFen: v.approved_fen,
    decidedAt: iso(v.decided_at),
    decisionNote: v.decision_note,
    expiresOn: v.expires_on,
    contractId: v.contract_id,
    serviceFen: v.service_fen,
    evidence: v.evidence,
    redemptionRequestedAt: iso(v.redemption_requested_at),
    redemptionNote: v.redemption_note,
    redeemedFen: v.redeemed_fen,
    redeemedAt: iso(v.redeemed_at),
  };
}

export function ledgerEntryView(e: LedgerRow): LedgerEntryView {
  return {
    id: e.id,
    voucherId: e.voucher_id,
    enterpriseName: e.enterprise_name,
    kind: e.kind,
    kindName: LEDGER_KIND_NAMES[e.kind],
    amountFen: e.amount_fen,
    reason: e.reason,
    at: new Date(e.at).toISOString(),
  };
}
