/**
 * Worker thread of the contract XLSX export (StatsExportService.contracts): reads the ledger
 * batches on a connection of its own and renders them, so the api's event loop only forwards
 * bytes. See pipeThroughWorker.
 */
import pg from 'pg';
import { serveWorkerPipe } from '../../shared/workers/index.js';
import { writeContractsXlsx, type ContractExportNames } from './contract-export.js';
import { ledgerBatches, type LedgerExportScope } from './ledger-export.repository.js';

export interface ContractsXlsxJob {
  title: string;
  names: ContractExportNames;
  databaseUrl: string;
  scope: LedgerExportScope;
  batchSize: number;
}

serveWorkerPipe(async (data, out) => {
  const job = data as ContractsXlsxJob;
  const client = new pg.Client({ connectionString: job.databaseUrl, application_name: 'techmarket-export' });
  await client.connect();
  try {
    await writeContractsXlsx(out, job.title, job.names, ledgerBatches(client, job.scope, job.batchSize));
  } finally {
    await client.end();
  }
});
