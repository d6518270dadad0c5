import type { BenefitWarning } from './benefit-rules.js';
import type { ContractStatus } from './contract-status.js';

/**
 * A party as the author writes it: a registered organisation by id alone (its name, credit code
 * and region are the organisation's record), or an unregistered counterpart by name, credit code
 * and region.
 */
export interface ContractPartyInput {
  orgId?: string | null;
  name?: string | null;
  creditCode?: string | null;
  regionCode?: string | null;
}

/** A contract as its author writes it; updates send the fields that change. */
export interface ContractInput {
  title: string;
  /** Optional: derived from the subtype; when given it must be the subtype's type. */
  contractTypeCode?: string | null;
  contractSubtypeCode: string;
  techFieldCode: string;
  seller: ContractPartyInput;
  buyer: ContractPartyInput;
  intermediary?: ContractPartyInput | null;
  /** 合同成交额, integer fen (decimal string or safe integer). */
  contractAmountFen: string | number;
  /** 技术交易额, integer fen; ≤ contractAmountFen. */
  techAmountFen: string | number;
  signedOn: string;
  termStart?: string | null;
  termEnd?: string | null;
  /** 协议定价: the price was negotiated rather than set by listing, auction or appraisal. */
  negotiatedPrice?: boolean;
  benefit?: { teamPercent?: number | null; staffPercent?: number | null } | null;
  dealId?: string | null;
  achievementId?: string | null;
  needId?: string | null;
}

export interface PartyView {
  orgId: string | null;
  name: string;
  /** 统一社会信用代码 (null on contracts recorded before codes were kept). */
  creditCode: string | null;
  regionCode: string;
  /** Whether the party is an organisation registered on the platform (its details are the platform's record). */
  registered: boolean;
}

export interface AdjustmentView {
  id: string;
  kind: 'amendment' | 'cancellation';
  effectiveDate: string;
  contractAmountDeltaFen: string;
  techAmountDeltaFen: string;
  countDelta: number;
  contractAmountAfterFen: string;
  techAmountAfterFen: string;
  reason: string;
  recordedBy: string;
  recordedAt: string;
}

export interface PricePublicationSummary {
  id: string;
  startOn: string;
  /** The first day after the period (certification is allowed from this day). */
  endOn: string;
  objectionCount: number;
}

/** How the price was set (the market pricing routes of the law on transforming achievements). */
export const PRICE_ROUTES = ['agreement', 'listing', 'auction'] as const;
export type PriceRoute = (typeof PRICE_ROUTES)[number];

export interface ContractView {
  id: string;
  title: string;
  status: ContractStatus;
  /** null only on a draft made from a sale until its parties fill it in (`incomplete` names what is missing). */
  contractTypeCode: string | null;
  contractSubtypeCode: string | null;
  techFieldCode: string | null;
  seller: PartyView;
  buyer: PartyView;
  intermediary: PartyView | null;
  /** Declared by the parties. */
  contractAmountFen: string;
  techAmountFen: string;
  signedOn: string | null;
  termStart: string | null;
  termEnd: string | null;
  negotiatedPrice: boolean;
  benefit: { teamPercent: number | null; staffPercent: number | null };
  /** 协议定价 unless the contract was made from a 挂牌 or an auction sale (set by the server from its origin). */
  priceRoute: PriceRoute;
  /** Fields the parties must still fill in before submitting (a draft made from a sale). */
  incomplete: ('contractSubtypeCode' | 'techFieldCode' | 'signedOn')[];
  /** Benefit shares below the seller region's minimum (warnings, not errors). */
  warnings?: BenefitWarning[];
  dealId: string | null;
  achievementId: string | null;
  needId: string | null;
  submittedAt: string | null;
  deadlineOn: string | null;
  overdue: boolean;
  rejection: { reasonCode: string; comment: string | null; at: string | null } | null;
  registration: {
    registrationNo: string;
    certifiedOn: string;
    certifiedAt: string;
    registryRegionCode: string;
    /** Approved by the registry; the declared figures above are kept as filed. */
    approvedContractAmountFen: string;
    approvedTechAmountFen: string;
    /** After amendments and cancellation. */
    currentContractAmountFen: string;
    currentTechAmountFen: string;
    cancelled: boolean;
  } | null;
  adjustments?: AdjustmentView[];
  /** 协议定价公示 of this contract, when the seller has started one (detail only). */
  pricePublication?: PricePublicationSummary | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
