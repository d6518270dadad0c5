import { ReferenceData1763856000000 } from './1763856000000-reference-data.js';
import { Identity1764000000000 } from './1764000000000-identity.js';
import { ListingsSearch1764100000000 } from './1764100000000-listings-search.js';
import { ContractsBrokerage1764200000000 } from './1764200000000-contracts-brokerage.js';
import { StatisticsLedger1764300000000 } from './1764300000000-statistics-ledger.js';
import { MatchingAlerts1764400000000 } from './1764400000000-matching-alerts.js';
import { StatisticsCityRollups1764500000000 } from './1764500000000-statistics-city-rollups.js';
import { Imports1764600000000 } from './1764600000000-imports.js';
import { Exchange1764700000000 } from './1764700000000-exchange.js';
import { ListingFirstPublished1764810000000 } from './1764810000000-listing-first-published.js';
import { MatchAlertOrdering1764820000000 } from './1764820000000-match-alert-ordering.js';
import { OutboxBackground1764830000000 } from './1764830000000-outbox-background.js';
import { ImportLimits1764841400000 } from './1764841400000-import-limits.js';
import { ContractPartyRecords1764900000000 } from './1764900000000-contract-party-records.js';
import { ReadModels1764910000000 } from './1764910000000-read-models.js';
import { JobQueue1764950000000 } from './1764950000000-job-queue.js';
import { PeopleManagement1764970000000 } from './1764970000000-people-management.js';
import { TargetPeriods1765100000000 } from './1765100000000-target-periods.js';
import { ReportedFigures1765100100000 } from './1765100100000-reported-figures.js';
import { Registries1765100200000 } from './1765100200000-registries.js';
import { TargetPlans1765100300000 } from './1765100300000-target-plans.js';
import { NotificationDelivery1765200000000 } from './1765200000000-notification-delivery.js';
import { PublicFigures1765300100000 } from './1765300100000-public-figures.js';
import { RegistryWithdrawal1765300150000 } from './1765300150000-registry-withdrawal.js';
import { Auctions1765300200000 } from './1765300200000-auctions.js';
import { ReportFreezes1765300250000 } from './1765300250000-report-freezes.js';
import { StoredFiles1765347000000 } from './1765347000000-stored-files.js';
import { RegistryImports1765360000000 } from './1765360000000-registry-imports.js';
import { ListingUpdatedAt1765370000000 } from './1765370000000-listing-updated-at.js';
import { AuctionResults1765400100000 } from './1765400100000-auction-results.js';
import { ListedSales1765400200000 } from './1765400200000-listed-sales.js';
import { Vouchers1765400300000 } from './1765400300000-vouchers.js';
import { MatchTermStatistics1765400400000 } from './1765400400000-match-term-statistics.js';
import { Roadshows1765400500000 } from './1765400500000-roadshows.js';
import { Loans1765400600000 } from './1765400600000-loans.js';
import { SetBasedReferences1765400800000 } from './1765400800000-set-based-references.js';
import { LedgerCertifiedChecks1765400810000 } from './1765400810000-ledger-certified-checks.js';
import { ListingOwnerTitle1765400950000 } from './1765400950000-listing-owner-title.js';
import { ImportDryRunKeys1765400960000 } from './1765400960000-import-dry-run-keys.js';
import { OwnedReadModels1765400970000 } from './1765400970000-owned-read-models.js';
import { CompactListingTerms1765401010000 } from './1765401010000-compact-listing-terms.js';
import { RecordLabels1765401020000 } from './1765401020000-record-labels.js';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [
  ReferenceData1763856000000,
  Identity1764000000000,
  ListingsSearch1764100000000,
  ContractsBrokerage1764200000000,
  StatisticsLedger1764300000000,
  MatchingAlerts1764400000000,
  StatisticsCityRollups1764500000000,
  Imports1764600000000,
  Exchange1764700000000,
  ListingFirstPublished1764810000000,
  MatchAlertOrdering1764820000000,
  OutboxBackground1764830000000,
  ImportLimits1764841400000,
  ContractPartyRecords1764900000000,
  ReadModels1764910000000,
  JobQueue1764950000000,
  PeopleManagement1764970000000,
  TargetPeriods1765100000000,
  ReportedFigures1765100100000,
  Registries1765100200000,
  TargetPlans1765100300000,
  NotificationDelivery1765200000000,
  PublicFigures1765300100000,
  RegistryWithdrawal1765300150000,
  Auctions1765300200000,
  ReportFreezes1765300250000,
  StoredFiles1765347000000,
  RegistryImports1765360000000,
  ListingUpdatedAt1765370000000,
  AuctionResults1765400100000,
  ListedSales1765400200000,
  Vouchers1765400300000,
  MatchTermStatistics1765400400000,
  Roadshows1765400500000,
  Loans1765400600000,
  SetBasedReferences1765400800000,
  LedgerCertifiedChecks1765400810000,
  ListingOwnerTitle1765400950000,
  ImportDryRunKeys1765400960000,
  OwnedReadModels1765400970000,
  CompactListingTerms1765401010000,
  RecordLabels1765401020000,
];
