import type { DealStage } from './deal-stage.js';
import type { CommissionBasis, PartyRole, PartyStatus } from './deal.types.js';

/** A `deal` row as PostgreSQL returns it. */
export interface DealRow {
  id: string;
  title: string;
  stage: DealStage;
  need_id: string | null;
  achievement_id: string | null;
  challenge_application_id: string | null;
  match_ref: string | null;
  /** The sale the deal comes from: 'auction:<lot id>' or 'listing:<listing id>'. */
  sale_ref: string | null;
  broker_user_id: string;
  broker_org_id: string;
  commission_percent: string | null;
  commission_fixed_fen: string | null;
  commission_basis: CommissionBasis | null;
  commission_note: string | null;
  signed_at: Date | null;
  dropped_at: Date | null;
  drop_reason: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** A `deal_party` row with the organisation's name (identity's org_summary). */
export interface DealPartyRow {
  deal_id: string;
  org_id: string;
  name: string;
  role: PartyRole;
  region_code: string;
  status: PartyStatus;
  invited_at: Date;
  responded_at: Date | null;
}

export interface DealEventRow {
  deal_id: string;
  occurred_at: Date;
  kind: string;
  actor_user_id: string | null;
  from_stage: string | null;
  to_stage: string | null;
  note: string | null;
}
