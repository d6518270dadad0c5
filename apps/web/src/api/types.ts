/** The shapes the web app reads from the API (only the fields it uses). */
export type OrgType = 'enterprise' | 'university' | 'research_institute' | 'broker_agency' | 'bureau' | 'platform';
export type Role = 'org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin';
export type ListingKind = 'need' | 'achievement' | 'challenge';

export interface Me {
  user: {
    id: string;
    orgId: string;
    email: string;
    phone: string | null;
    displayName: string;
    roles: Role[];
    status: string;
  };
  org: {
    id: string;
    type: OrgType;
    name: string;
    regionCode: string;
    verificationStatus: 'pending' | 'verified' | 'rejected';
    rejectionReason: string | null;
  };
  permissions: string[];
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  ancestors?: Region[];
}

export interface TechField {
  code: string;
  name: string;
}

export interface SearchItem {
  id: string;
  kind: ListingKind;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  orgType: OrgType;
  orgName?: string;
  anonymous: boolean;
  priceFen: number | null;
  publishedAt: number;
  trl?: number;
  transferModes?: string[];
  cooperationModes?: string[];
  negotiable?: boolean;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  deadline?: string | null;
  rewardFen?: number;
  highlight: { title: string; description: string };
}

export interface SearchResult {
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<string, Record<string, number>>;
}

export interface PolicyTarget {
  id: number;
  regionCode: string;
  indicatorCode: string;
  indicatorName: string;
  perspective: 'absorption' | 'output' | 'registered' | null;
  targetYear: number;
  value: string;
  unit: 'yuan' | 'count' | 'percent';
  comparison: 'gt' | 'gte' | 'eq';
  sourceDoc: string;
  sourceQuote: string;
}

export interface ListingView {
  id: string;
  kind: ListingKind;
  status: 'draft' | 'submitted' | 'published' | 'rejected' | 'withdrawn' | 'closed';
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  orgId: string | null;
  orgName: string | null;
  orgType: OrgType;
  contactName: string | null;
  contactPhone: string | null;
  rejectReason: string | null;
  version: number;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  industry?: string | null;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  deadline?: string | null;
  cooperationModes?: string[];
  visibility?: 'public' | 'verified';
  anonymous?: boolean;
  registryNumber?: string | null;
  achievementType?: string;
  trl?: number;
  ipItems?: { type: string; number?: string; status?: string }[];
  team?: { name: string; title?: string }[];
  transferModes?: string[];
  priceFen?: number | null;
  negotiable?: boolean;
  rewardFen?: number;
  awardedApplicationId?: string | null;
}

/** 揭榜: a team's application to a challenge. */
export interface ChallengeApplication {
  id: string;
  challengeId: string;
  orgId: string;
  orgName: string;
  teamName: string;
  proposal: string;
  status: 'submitted' | 'awarded' | 'not_awarded' | 'withdrawn';
  createdAt: string;
  decidedAt: string | null;
}

/** An in-app notification; `link` is a path of the web app (kinds singular: /listings/need/<id>). */
export interface AppNotification {
  id: string;
  /** 'match_alert' so far; the page shows unknown kinds generically. */
  kind: string;
  title: string;
  body: string;
  link: string | null;
  payload: {
    needId?: string;
    achievementId?: string;
    similarity?: number;
    matchedListing?: { kind: ListingKind; id: string };
  } & Record<string, unknown>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface MatchExplanation {
  sharedTerms: string[];
  sameTechField: boolean;
  trl: { value: number | null; fit: 'ready' | 'pilot' | 'early' | 'unknown' };
  transferMode: { fit: 'match' | 'no_match' | 'unknown'; common: string[] };
  budget: {
    fit: 'within_budget' | 'over_budget' | 'negotiable' | 'unknown';
    priceFen: number | null;
    budgetMaxFen: number | null;
  };
  region: { relation: 'same_region' | 'same_city' | 'same_province' | 'other'; commonRegionCode: string | null };
}

export interface MatchResult {
  kind: ListingKind;
  id: string;
  title: string;
  score: number;
  techFieldCode: string;
  regionCode: string;
  orgName?: string;
  trl?: number;
  transferModes?: string[];
  cooperationModes?: string[];
  priceFen: number | null;
  highlight: { title: string; description: string };
  explanation: MatchExplanation;
}

export type DealStage = 'lead' | 'contacted' | 'introduced' | 'negotiating' | 'signed' | 'dropped';

export interface DealParty {
  orgId: string;
  name: string;
  role: 'seller' | 'buyer';
  regionCode: string;
  status: 'invited' | 'accepted' | 'declined';
  invitedAt: string;
  respondedAt: string | null;
}

export interface DealEvent {
  at: string;
  kind: string;
  actorUserId: string | null;
  fromStage: string | null;
  toStage: string | null;
  note: string | null;
}

export interface Deal {
  id: string;
  title: string;
  stage: DealStage;
  nextStages: DealStage[];
  needId: string | null;
  achievementId: string | null;
  matchRef: string | null;
  brokerUserId: string;
  brokerOrgId: string;
  commission: DealCommission;
  parties: DealParty[];
  signedAt: string | null;
  droppedAt: string | null;
  dropReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  timeline?: DealEvent[];
}

export type CommissionBasis = 'contract_amount' | 'tech_amount' | 'net_income';

/** The broker's commission terms; percent is numeric text ("3.00"), fixedFen integer fen. */
export interface DealCommission {
  percent: string | null;
  fixedFen: string | null;
  basis: CommissionBasis | null;
  note: string | null;
}

export interface DealBoard {
  scope: string;
  region: string | null;
  columns: { stage: DealStage; total: number; items: Deal[] }[];
}

export type ContractStatus = 'draft' | 'submitted' | 'rejected' | 'certified';

export interface ContractParty {
  orgId: string | null;
  name: string;
  creditCode: string | null;
  regionCode: string;
  registered: boolean;
}

export interface Contract {
  id: string;
  title: string;
  status: ContractStatus;
  contractTypeCode: string;
  contractSubtypeCode: string;
  techFieldCode: string;
  seller: ContractParty;
  buyer: ContractParty;
  intermediary: ContractParty | null;
  contractAmountFen: string;
  techAmountFen: string;
  signedOn: string;
  negotiatedPrice: boolean;
  dealId: string | null;
  submittedAt: string | null;
  deadlineOn: string | null;
  overdue: boolean;
  rejection: { reasonCode: string; comment: string | null; at: string | null } | null;
  registration: {
    registrationNo: string;
    certifiedOn: string;
    approvedContractAmountFen: string;
    approvedTechAmountFen: string;
    currentContractAmountFen: string;
    currentTechAmountFen: string;
    cancelled: boolean;
  } | null;
  /** Detail only: amendments and cancellation, oldest first. */
  adjustments?: ContractAdjustment[];
  /** Detail only: the 协议定价公示 the seller started, if any. */
  pricePublication?: PricePublicationSummary | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** 变更 or 解除/注销 of a certified contract: a new record with signed deltas and the amounts after it. */
export interface ContractAdjustment {
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
  /** The first day after the period. */
  endOn: string;
  objectionCount: number;
}

export interface PriceObjection {
  id: string;
  submitterName: string;
  contact: string | null;
  content: string;
  submittedAt: string;
}

export interface CodeItem {
  code: string;
  name: string;
}

export interface ContractType extends CodeItem {
  subtypes: CodeItem[];
}

export interface OrgView {
  id: string;
  type: OrgType;
  name: string;
  creditCode: string;
  regionCode: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  verificationStatus: 'pending' | 'verified' | 'rejected';
  rejectionReason: string | null;
  version: number;
  createdAt: string;
}

export type ImportKind = 'achievements' | 'needs' | 'contracts';
export type ImportStatus =
  | 'validation_queued'
  | 'validating'
  | 'validated'
  | 'commit_queued'
  | 'committing'
  | 'committed'
  | 'failed'
  | 'cancelled';

export interface ImportJob {
  id: string;
  kind: ImportKind;
  format: 'xlsx' | 'csv';
  encoding: string | null;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  phase: 'dry_run' | 'commit';
  regionCode: string | null;
  progress: { rowsDone: number; totalRows: number | null };
  validRows: number;
  problemRows: number;
  importedRows: number;
  skippedRows: number;
  /** Problems each pass found; the list holds only the first IMPORT_MAX_PROBLEMS_STORED of them. */
  problemsFound: Record<'dry_run' | 'commit', number>;
  problemsListed: Record<'dry_run' | 'commit', number>;
  problemsNote: string | null;
  cancelRequested: boolean;
  error: { code: string; message: string; details: unknown } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export interface AdminUser {
  id: string;
  orgId: string;
  email: string;
  phone: string | null;
  displayName: string;
  roles: Role[];
  status: 'invited' | 'active' | 'disabled';
  totpEnabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  org: { id: string; name: string; type: OrgType; regionCode: string };
}

export interface DatedCode {
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
}

export interface SynonymGroup {
  id: number;
  terms: string[];
  note: string | null;
}

export type ApiKeyScope = 'listings:read' | 'listings:push';

export interface ApiKey {
  id: string;
  partner: string;
  keyPrefix: string;
  scopes: ApiKeyScope[];
  orgId: string | null;
  orgName: string | null;
  rateLimitPerMinute: number;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type WebhookEvent = 'listing.published' | 'listing.changed' | 'listing.withdrawn';

export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string | null;
  createdAt: string;
  disabledAt: string | null;
}

export interface WebhookDelivery {
  id: string;
  event: WebhookEvent;
  listingKind: string;
  listingId: string;
  listingVersion: number;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}
