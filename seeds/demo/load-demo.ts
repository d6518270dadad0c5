import type { DataSource } from 'typeorm';
import { contractsDemoLoader } from './contracts-demo.js';
import { identityDemoLoader } from './identity-demo.js';
import { listingsDemoLoader } from './listings-demo.js';
import { registriesDemoLoader } from './registries-demo.js';
import { publicFiguresDemoLoader } from './public-figures-demo.js';
import { vouchersDemoLoader } from './vouchers-demo.js';
import { loansDemoLoader } from './loans-demo.js';
import { tradingDemoLoader } from './trading-demo.js';

import type { DemoLoader } from './demo-loader.js';

export type { DemoLoader };

// statisticsDemoLoader (ledger entries written directly, marked DEMO-…) predates the contracts
// lib; the contracts demo now certifies real contracts that feed the ledger, so running both
// would count twice. It stays as a fixture for the statistics and dashboard tests.
export const demoLoaders: DemoLoader[] = [
  identityDemoLoader,
  listingsDemoLoader,
  contractsDemoLoader,
  registriesDemoLoader,
  vouchersDemoLoader,
  loansDemoLoader,
  tradingDemoLoader,
  publicFiguresDemoLoader,
];

/** Whether the market has no data of its own yet (only reference tables are filled). */
export async function isMarketEmpty(ds: DataSource): Promise<boolean> {
  const tables: { t: string }[] = await ds.query(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'organization'`,
  );
  if (tables.length === 0) return true;
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM organization');
  return n === 0;
}

/** Loads every part of the demo market, in order; returns rows created per loader. */
export async function loadDemoData(ds: DataSource): Promise<Record<string, number>> {
  const created: Record<string, number> = {};
  for (const loader of demoLoaders) created[loader.name] = await loader.load(ds);
  return created;
}

/** Loads the demo market when the database is empty; returns rows created per loader. */
export async function loadDemoMarket(ds: DataSource): Promise<Record<string, number> | undefined> {
  if (!(await isMarketEmpty(ds))) return undefined;
  return loadDemoData(ds);
}
