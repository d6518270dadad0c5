import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const message = 'STATS_EXPORT_MAX_CONCURRENT must be an integer between 1 and 32';

class StatisticsEnv {
  @Transform(toInt)
  @IsInt({ message })
  @Min(1, { message })
  @Max(32, { message })
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
