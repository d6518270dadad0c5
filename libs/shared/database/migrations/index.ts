import { ReferenceData1763856000000 } from './1763856000000-reference-data.js';
import { Identity1764000000000 } from './1764000000000-identity.js';
import { ListingsSearch1764100000000 } from './1764100000000-listings-search.js';
import { ContractsBrokerage1764200000000 } from './1764200000000-contracts-brokerage.js';
import { StatisticsLedger1764300000000 } from './1764300000000-statistics-ledger.js';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [ReferenceData1763856000000, Identity1764000000000, ListingsSearch1764100000000, ContractsBrokerage1764200000000, StatisticsLedger1764300000000];
