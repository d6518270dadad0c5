/**
 * Compile-time only: every response DTO describes what its service returns. `Fits<View, Dto>`
 * fails to compile when a DTO claims a field the view lacks or types one differently, so the
 * OpenAPI document (and the web types generated from it) cannot drift from the services.
 */
import type { AuditRowView } from '../../../../libs/audit/src/index.js';
import type {
  AuthorisationView,
  BankView,
  EnterpriseContractView,
  FormulaView,
  LoanStatsResult,
  LoanView,
  ScoreView,
} from '../../../../libs/loans/src/index.js';
import type {
  FormulaViewDto,
  LoanAuthorisationViewDto,
  LoanBankViewDto,
  LoanContractOptionDto,
  LoanStatsDto,
  LoanViewDto,
  ScoreViewDto,
} from '../loans/loans-views.dto.js';
import type {
  LedgerPage,
  ProgrammeView,
  VoucherStatsResult,
  VoucherView,
} from '../../../../libs/vouchers/src/index.js';
import type {
  LedgerPageDto,
  ProgrammeViewDto,
  VoucherStatsDto,
  VoucherViewDto,
} from '../vouchers/vouchers-views.dto.js';
import type {
  BidHistoryView,
  MyBiddingView,
  SupervisedLotView,
  ChainVerdictView,
  LotView,
  MyRegistrationView,
  PlacedBidView,
  RegistrationView,
} from '../../../../libs/auctions/src/index.js';
import type { DealView, BoardColumn } from '../../../../libs/brokerage/src/index.js';
import type {
  AttachmentView,
  ContractView,
  ObjectionView,
  PublicationView,
} from '../../../../libs/contracts/src/index.js';
import type { ApiKeyView, DeliveryView, WebhookView } from '../../../../libs/exchange/src/index.js';
import type {
  DirectoryUserView,
  Invitation,
  MeView,
  RecoveryCodes,
  OrgView,
  ProvisionedBureau,
  UserView,
} from '../../../../libs/identity/src/index.js';
import type { ImportJobView, ImportProblem } from '../../../../libs/imports/src/index.js';
import type { ApplicationView, ListingSearchResult, ListingView } from '../../../../libs/listings/src/index.js';
import type { MatchResult } from '../../../../libs/matching/src/index.js';
import type {
  DeliveryFailureView,
  NotificationView,
  PreferenceView,
} from '../../../../libs/notifications/src/index.js';
import type { ContractTypeView, PolicyTarget, RegionDetail, TechField } from '../../../../libs/reference/src/index.js';
import type { SynonymGroup } from '../../../../libs/search/src/index.js';
import type {
  FlowsResult,
  RegionReport,
  RoutesResult,
  SummaryResult,
  TargetsResult,
} from '../../../../libs/statistics/src/index.js';
import type { ListedSaleView, SaleNoticeView } from '../../../../libs/listed-sales/src/index.js';
import type {
  BidHistoryDto,
  ChainVerdictDto,
  MyBiddingViewDto,
  SupervisedLotViewDto,
  LotViewDto,
  MyRegistrationDto,
  PlacedBidDto,
  RegistrationViewDto,
} from '../auctions/auctions-views.dto.js';
import type { DealBoardColumnDto, DealViewDto } from '../brokerage/deal-views.dto.js';
import type { AuditRowViewDto } from '../identity/audit-views.dto.js';
import type { ContractViewDto, ObjectionViewDto, PublicationViewDto } from '../contracts/contract-views.dto.js';
import type { AttachmentViewDto } from '../contracts/attachment-views.dto.js';
import type {
  ApiKeyViewDto,
  CreatedApiKeyDto,
  DeliveryViewDto,
  WebhookViewDto,
} from '../exchange/exchange-views.dto.js';
import type {
  DirectoryUserViewDto,
  InvitationDto,
  MeViewDto,
  RecoveryCodesDto,
  OrgViewDto,
  ProvisionedBureauDto,
  UserViewDto,
} from '../identity/identity-views.dto.js';
import type { ImportJobViewDto, ImportProblemViewDto } from '../imports/import-views.dto.js';
import type { ApplicationViewDto, ListingViewDto, SearchResultDto } from '../listings/listing-views.dto.js';
import type { MatchResultDto } from '../matching/match-views.dto.js';
import type {
  DeliveryFailureViewDto,
  NotificationViewDto,
  PreferenceViewDto,
} from '../notifications/notification-views.dto.js';
import type {
  ContractTypeViewDto,
  DatedCodeDto,
  PolicyTargetViewDto,
  RegionDetailDto,
} from '../reference/reference-views.dto.js';
import type { SynonymGroupViewDto } from '../search/search-views.dto.js';
import type {
  FlowsResultDto,
  RoutesResultDto,
  SummaryResultDto,
  TargetsResultDto,
} from '../statistics/statistics-views.dto.js';
import type { ListedSaleViewDto, SaleNoticeDto } from '../listed-sales/listed-sales-views.dto.js';
import type { RegionReportDto } from '../statistics/reports-views.dto.js';

type Fits<View extends Dto, Dto> = [View, Dto];

export type ResponseViewsFit = [
  Fits<DealView, DealViewDto>,
  Fits<BoardColumn, DealBoardColumnDto>,
  Fits<ContractView, ContractViewDto>,
  Fits<AttachmentView, AttachmentViewDto>,
  Fits<PublicationView, PublicationViewDto>,
  Fits<ObjectionView, ObjectionViewDto>,
  Fits<ApiKeyView, ApiKeyViewDto>,
  Fits<ApiKeyView & { key: string }, CreatedApiKeyDto>,
  Fits<WebhookView, WebhookViewDto>,
  Fits<DeliveryView, DeliveryViewDto>,
  Fits<AuditRowView, AuditRowViewDto>,
  Fits<OrgView, OrgViewDto>,
  Fits<UserView, UserViewDto>,
  Fits<MeView, MeViewDto>,
  Fits<DirectoryUserView, DirectoryUserViewDto>,
  Fits<ProvisionedBureau, ProvisionedBureauDto>,
  Fits<Invitation, InvitationDto>,
  Fits<RecoveryCodes, RecoveryCodesDto>,
  Fits<ImportJobView, ImportJobViewDto>,
  Fits<ImportProblem, ImportProblemViewDto>,
  Fits<ListingView, ListingViewDto>,
  Fits<ApplicationView, ApplicationViewDto>,
  Fits<ListingSearchResult, SearchResultDto>,
  Fits<MatchResult, MatchResultDto>,
  Fits<NotificationView, NotificationViewDto>,
  Fits<PreferenceView, PreferenceViewDto>,
  Fits<DeliveryFailureView, DeliveryFailureViewDto>,
  Fits<RegionDetail, RegionDetailDto>,
  Fits<TechField, DatedCodeDto>,
  Fits<ContractTypeView, ContractTypeViewDto>,
  Fits<PolicyTarget, PolicyTargetViewDto>,
  Fits<SynonymGroup, SynonymGroupViewDto>,
  Fits<SummaryResult, SummaryResultDto>,
  Fits<FlowsResult, FlowsResultDto>,
  Fits<TargetsResult, TargetsResultDto>,
  Fits<RegionReport, RegionReportDto>,
  Fits<LotView, LotViewDto>,
  Fits<BidHistoryView, BidHistoryDto>,
  Fits<PlacedBidView, PlacedBidDto>,
  Fits<ChainVerdictView, ChainVerdictDto>,
  Fits<MyRegistrationView, MyRegistrationDto>,
  Fits<RegistrationView, RegistrationViewDto>,
  Fits<RoutesResult, RoutesResultDto>,
  Fits<ListedSaleView, ListedSaleViewDto>,
  Fits<SaleNoticeView, SaleNoticeDto>,
  Fits<MyBiddingView, MyBiddingViewDto>,
  Fits<SupervisedLotView, SupervisedLotViewDto>,
  Fits<ProgrammeView, ProgrammeViewDto>,
  Fits<VoucherView, VoucherViewDto>,
  Fits<LedgerPage, LedgerPageDto>,
  Fits<VoucherStatsResult, VoucherStatsDto>,
  Fits<LoanView, LoanViewDto>,
  Fits<AuthorisationView, LoanAuthorisationViewDto>,
  Fits<BankView, LoanBankViewDto>,
  Fits<EnterpriseContractView, LoanContractOptionDto>,
  Fits<LoanStatsResult, LoanStatsDto>,
  Fits<ScoreView, ScoreViewDto>,
  Fits<FormulaView, FormulaViewDto>,
];
