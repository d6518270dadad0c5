import { envConfig, int } from './env-schema.js';

/** Statistics: how many full contract exports an api process runs at once (more answer 429). */
export class StatisticsConfig extends envConfig({
  /** Each holds a database connection of its own and (XLSX) a worker thread with up to ~80 MB of heap. */
  exportMaxConcurrent: int('STATS_EXPORT_MAX_CONCURRENT', 2, 1, 32),
}) {}
