import { IsOptional, IsString, Matches, MinLength } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

class SearchEnv {
  @Matches(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, { message: 'MEILI_URL must be an http(s) URL like http://127.0.0.1:7700' })
  MEILI_URL: string | undefined = undefined;

  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY: string | undefined = undefined;

  @Matches(/^[a-z][a-z0-9_]{0,30}$/, {
    message: 'SEARCH_INDEX_PREFIX must be lower-case letters, digits or _ (max 31)',
  })
  SEARCH_INDEX_PREFIX: string = 'tm_';
}

/** Meilisearch connection settings. */
export class SearchConfig {
  constructor(
    readonly url: string,
    readonly apiKey: string | undefined,
    readonly indexPrefix: string,
  ) {}

  static fromEnv(env: Env): SearchConfig {
    const e = validateEnv(SearchEnv, env);
    return new SearchConfig(e.MEILI_URL!.replace(/\/$/, ''), e.MEILI_MASTER_KEY, e.SEARCH_INDEX_PREFIX);
  }
}
