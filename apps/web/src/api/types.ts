/**
 * Names for the API's shapes. Every one is generated from the OpenAPI document (schema.d.ts,
 * `npm run api:types`); nothing here is copied from the server by hand.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['MeViewDto'];
export type OrgView = Schemas['OrgViewDto'];
export type OrgType = OrgView['type'];
export type Role = Me['user']['roles'][number];
export type AdminUser = Schemas['DirectoryUserViewDto'];
export type Provisioned = Schemas['ProvisionedBureauDto'];

export type Region = Schemas['RegionDetailDto'];
export type RegionRow = Schemas['RegionViewDto'];
export type TechField = Schemas['DatedCodeDto'];
export type DatedCode = Schemas['DatedCodeDto'];
export type CodeItem = Pick<DatedCode, 'code' | 'name'>;
export type ContractType = Schemas['ContractTypeViewDto'];
export type PolicyTarget = Schemas['PolicyTargetViewDto'];

export type ListingKind = Schemas['ListingViewDto']['kind'];
export type ListingView = Schemas['ListingViewDto'];
export type ChallengeApplication = Schemas['ApplicationViewDto'];
export type SearchItem = Schemas['SearchItemDto'];
export type SearchResult = Schemas['SearchResultDto'];
export type MatchResult = Schemas['MatchResultDto'];
export type MatchExplanation = Schemas['MatchExplanationDto'];

export type AppNotification = Schemas['NotificationViewDto'];
export type NotificationPage = Schemas['NotificationPageDto'];
export type NotificationPreference = Schemas['PreferenceViewDto'];
export type MailPreference = NotificationPreference['mail'];
export type DeliveryFailure = Schemas['DeliveryFailureViewDto'];
/** What a match alert's payload carries (the document types payloads as open objects). */
export interface MatchAlertPayload {
  needId?: string;
  achievementId?: string;
  similarity?: number;
  matchedListing?: { kind: ListingKind; id: string };
}

export type Deal = Schemas['DealViewDto'];
export type OpenDealBody = Schemas['OpenDealDto'];
export type DealStage = Deal['stage'];
export type DealParty = Schemas['DealPartyViewDto'];
export type DealCommission = Schemas['DealCommissionViewDto'];
export type CommissionBasis = NonNullable<DealCommission['basis']>;
export type DealBoard = Schemas['DealBoardDto'];

export type Contract = Schemas['ContractViewDto'];
export type ContractStatus = Contract['status'];
export type ContractParty = Schemas['ContractPartyViewDto'];
export type ContractAdjustment = Schemas['ContractAdjustmentDto'];
export type PricePublicationSummary = Schemas['PricePublicationSummaryDto'];
export type Publication = Schemas['PublicationViewDto'];
export type PriceObjection = Schemas['ObjectionViewDto'];

export type ImportJob = Schemas['ImportJobViewDto'];
export type ImportKind = ImportJob['kind'];
export type ImportStatus = ImportJob['status'];
export type ImportProblem = Schemas['ImportProblemViewDto'];

export type SynonymGroup = Schemas['SynonymGroupViewDto'];
export type ApiKey = Schemas['ApiKeyViewDto'];
export type ApiKeyScope = ApiKey['scopes'][number];
export type CreatedApiKey = Schemas['CreatedApiKeyDto'];
export type Webhook = Schemas['WebhookViewDto'];
export type WebhookEvent = Webhook['events'][number];
export type CreatedWebhook = Schemas['CreatedWebhookDto'];
export type WebhookDelivery = Schemas['DeliveryViewDto'];

export type StatsSummary = Schemas['SummaryResultDto'];
export type StatsGroupRow = Schemas['StatsGroupRowDto'];
export type StatsTotals = Schemas['StatsTotalsDto'];
export type StatsFlows = Schemas['FlowsResultDto'];
export type TargetProgress = Schemas['TargetProgressDto'];
export type TargetsResult = Schemas['TargetsResultDto'];
export type PublicFigures = Schemas['PublicFiguresDto'];
export type PublicTotals = Schemas['PublicTotalsDto'];
export type PublicTarget = Schemas['PublicTargetDto'];
export type PublicSetting = Schemas['PublicSettingViewDto'];
export type PublicRegion = Schemas['PublicRegionDto'];
export type ReportedFigure = Schemas['ReportedFigureViewDto'];
export type RegistryEntry = Schemas['RegistryEntryViewDto'];
export type TargetPlan = Schemas['TargetPlanViewDto'];
export type TargetHistory = Schemas['TargetHistoryDto'];
export type RegionReport = Schemas['RegionReportDto'];
export type ReportContractRow = Schemas['ReportContractRowDto'];
export type ReportOrganisation = Schemas['ReportOrganisationDto'];
export type ReportTarget = Schemas['ReportTargetDto'];

export type ContractAttachment = Schemas['AttachmentViewDto'];
export type ContractAttachmentList = Schemas['AttachmentListDto'];

export type Lot = Schemas['LotViewDto'];
export type LotPhase = Lot['phase'];
export type BidHistory = Schemas['BidHistoryDto'];
export type Bid = Schemas['BidViewDto'];
export type ChainVerdict = Schemas['ChainVerdictDto'];

export type Roadshow = Schemas['RoadshowViewDto'];
export type RoadshowPhase = Roadshow['phase'];
export type RoadshowParticipants = Schemas['RoadshowParticipantsDto'];
export type RoadshowInput = Schemas['CreateRoadshowDto'];
export type ListedSale = Schemas['ListedSaleViewDto'];
export type ListedSaleVersion = Schemas['ListedSaleVersionDto'];
export type ListedSaleIntent = Schemas['ListedSaleIntentDto'];
export type ListingPeriod = Schemas['ListingPeriodDto'];
export type SaleNotice = Schemas['SaleNoticeDto'];
export type LotRegistration = Schemas['RegistrationViewDto'];
export type MyBidding = Schemas['MyBiddingViewDto'];
export type SupervisedLot = Schemas['SupervisedLotViewDto'];
export type VoucherProgramme = Schemas['ProgrammeViewDto'];
export type Voucher = Schemas['VoucherViewDto'];
export type VoucherLedger = Schemas['LedgerPageDto'];
export type VoucherLedgerEntry = Schemas['LedgerEntryViewDto'];
export type VoucherStats = Schemas['VoucherStatsDto'];
export type CodeName = Schemas['CodeNameDto'];
export type Loan = Schemas['LoanViewDto'];
export type LoanAuthorisation = Schemas['LoanAuthorisationViewDto'];
export type LoanBank = Schemas['LoanBankViewDto'];
export type LoanStats = Schemas['LoanStatsDto'];
export type InnovationScore = Schemas['ScoreViewDto'];
export type ScoreFormula = Schemas['FormulaViewDto'];
export type LoanContractOption = Schemas['LoanContractOptionDto'];
export type WorkCalendarYear = Schemas['WorkCalendarYearViewDto'];
export type CalendarDay = WorkCalendarYear['days'][number];
