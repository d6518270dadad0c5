import type { RegionService } from '../../reference/src/index.js';
import type { AuthorisationRow } from './loan-authorisation.repository.js';
import type { LoanEntryRow, LoanLink, LoanRow } from './loan.repository.js';
import {
  COLLATERAL_NAMES,
  LOAN_ENTRY_NAMES,
  LOAN_STATUS_NAMES,
  RATE_TYPE_NAMES,
  standing,
  type Collateral,
  type LoanEntryKind,
  type LoanStatus,
  type RateType,
} from './loan.rules.js';

export interface LoanEntryView {
  id: string;
  kind: LoanEntryKind;
  kindName: string;
  amountFen: string | null;
  occurredOn: string;
  note: string | null;
  recordedAt: string;
}

export interface LoanView {
  id: string;
  bankOrgId: string;
  bankName: string;
  enterpriseOrgId: string;
  enterpriseName: string;
  regionCode: string;
  regionName: string;
  amountFen: string;
  termMonths: number;
  rateType: RateType;
  rateTypeName: string;
  collateral: Collateral;
  collateralName: string;
  links: LoanLink[];
  purpose: string;
  filedAt: string;
  status: LoanStatus;
  statusName: string;
  repaidFen: string;
  outstandingFen: string;
  defaultedFen: string;
  entries: LoanEntryView[];
}

export interface AuthorisationView {
  id: string;
  enterpriseOrgId: string;
  enterpriseName: string;
  enterpriseRegionName: string;
  bankOrgId: string;
  bankName: string;
  grantedAt: string;
  revokedAt: string | null;
  active: boolean;
}

export function loanView(r: LoanRow, entries: LoanEntryRow[], regions: RegionService): LoanView {
  const s = standing(
    BigInt(r.amount_fen),
    entries.map((e) => ({ kind: e.kind, amountFen: e.amount_fen === null ? null : BigInt(e.amount_fen) })),
  );
  return {
    id: r.id,
    bankOrgId: r.bank_org_id,
    bankName: r.bank_name,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    regionCode: r.enterprise_region_code,
    regionName: regions.find(r.enterprise_region_code)?.name ?? r.enterprise_region_code,
    amountFen: r.amount_fen,
    termMonths: r.term_months,
    rateType: r.rate_type,
    rateTypeName: RATE_TYPE_NAMES[r.rate_type],
    collateral: r.collateral,
    collateralName: COLLATERAL_NAMES[r.collateral],
    links: r.links,
    purpose: r.purpose,
    filedAt: r.filed_at.toISOString(),
    status: s.status,
    statusName: LOAN_STATUS_NAMES[s.status],
    repaidFen: s.repaidFen.toString(),
    outstandingFen: s.outstandingFen.toString(),
    defaultedFen: s.defaultedFen.toString(),
    entries: entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      kindName: LOAN_ENTRY_NAMES[e.kind],
      amountFen: e.amount_fen,
      occurredOn: e.occurred_on,
      note: e.note,
      recordedAt: e.at.toISOString(),
    })),
  };
}

export function authorisationView(r: AuthorisationRow, regions: RegionService): AuthorisationView {
  return {
    id: r.id,
    enterpriseOrgId: r.enterprise_org_id,
    enterpriseName: r.enterprise_name,
    enterpriseRegionName: regions.find(r.enterprise_region_code)?.name ?? r.enterprise_region_code,
    bankOrgId: r.bank_org_id,
    bankName: r.bank_name,
    grantedAt: r.granted_at.toISOString(),
    revokedAt: r.revoked_at?.toISOString() ?? null,
    active: r.revoked_at === null,
  };
}
