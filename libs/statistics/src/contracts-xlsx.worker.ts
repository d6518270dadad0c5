/**
 * Worker thread of the contract XLSX export (StatsExportService.contracts): renders the batches
 * the main thread fetches. See pipeThroughWorker.
 */
import { serveWorkerPipe } from '../../shared/workers/index.js';
import { writeContractsXlsx, type ContractExportNames } from './contract-export.js';

serveWorkerPipe(async (data, batches, out) => {
  const { title, names } = data as { title: string; names: ContractExportNames };
  await writeContractsXlsx(out, title, names, batches);
});
