import type { DealStage } from './deal-stage.js';

export type PartyRole = 'seller' | 'buyer';
export type PartyStatus = 'invited' | 'accepted' | 'declined';
export type CommissionBasis = 'contract_amount' | 'tech_amount' | 'net_income';

export interface CommissionInput {
  /** Per cent of the basis, up to two decimals. */
  percent?: number | null;
  /** A fixed fee in fen (decimal string). */
  fixedFen?: string | null;
  basis?: CommissionBasis | null;
  note?: string | null;
}

export interface OpenDealInput {
  title: string;
  needId?: string;
  achievementId?: string;
  challengeApplicationId?: string;
  /** A match from the matching engine, kept as a reference. */
  matchRef?: string;
  parties: { orgId: string; role: PartyRole }[];
  commission?: CommissionInput;
  note?: string;
}

/** The commission the terms lead to, estimated by commission.rules before a contract sets the basis. */
export interface ExpectedCommission {
  /** Integer fen, or null when the percentage has no figure to apply to (only terms, no estimate). */
  fen: string | null;
  /** The figure the percentage was applied to (fen), when it was. */
  basisFen: string | null;
  /** The achievement's asking price, or the need's budget ceiling. */
  basisSource: 'asking_price' | 'budget' | null;
}

export interface DealPartyView {
  orgId: string;
  name: string;
  role: PartyRole;
  regionCode: string;
  status: PartyStatus;
  invitedAt: string;
  respondedAt: string | null;
}

export interface DealEventView {
  at: string;
  kind: string;
  actorUserId: string | null;
  fromStage: string | null;
  toStage: string | null;
  note: string | null;
}

export interface DealView {
  id: string;
  title: string;
  stage: DealStage;
  /** Stages the broker can move the deal to now (its course and the parties' answers decide). */
  nextStages: DealStage[];
  /** A broker outside the parties runs the deal (otherwise it skips 已引荐). */
  brokered: boolean;
  needId: string | null;
  achievementId: string | null;
  challengeApplicationId: string | null;
  matchRef: string | null;
  /** The sale (挂牌 or auction) the deal was made from: 'auction:<lot id>' or 'listing:<listing id>'. */
  saleRef: string | null;
  brokerUserId: string;
  brokerOrgId: string;
  commission: { percent: string | null; fixedFen: string | null; basis: CommissionBasis | null; note: string | null };
  parties: DealPartyView[];
  signedAt: string | null;
  droppedAt: string | null;
  dropReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  timeline?: DealEventView[];
  /** What the broker can expect to earn on the terms (the detail only, like the timeline). */
  expectedCommission?: ExpectedCommission | null;
}

/** What the contracts lib needs to know about a deal a contract comes from. */
export interface DealContractSource {
  id: string;
  stage: DealStage;
  brokerUserId: string;
  brokerOrgId: string;
  parties: { orgId: string; role: PartyRole; status: PartyStatus; regionCode: string }[];
}

export interface BoardColumn {
  stage: DealStage;
  total: number;
  items: DealView[];
}
