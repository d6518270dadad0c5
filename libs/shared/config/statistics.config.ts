import { IntSetting, validateEnv, type Env } from './env-schema.js';

class StatisticsEnv {
  @IntSetting(1, 32)
  STATS_EXPORT_MAX_CONCURRENT: number = 2;
}

/** Statistics: how many full contract exports an api process runs at once (more answer 429). */
export class StatisticsConfig {
  constructor(
    /** Each holds a database connection of its own and (XLSX) a worker thread with up to ~80 MB of heap. */
    readonly exportMaxConcurrent: number = 2,
  ) {}

  static fromEnv(env: Env): StatisticsConfig {
    return new StatisticsConfig(validateEnv(StatisticsEnv, env).STATS_EXPORT_MAX_CONCURRENT);
  }
}
