import { IntSetting, validateEnv, type Env } from './env-schema.js';

class HttpEnv {
  @IntSetting(1, 10240)
  HTTP_BODY_MAX_KB: number = 100;

  @IntSetting(2, 256)
  HTTP_JSON_MAX_DEPTH: number = 32;
}

/**
 * Limits on JSON and form request bodies (uploads have their own, IMPORT_MAX_MB). The largest
 * legitimate body is a listing with a 20,000-character description (~60 KB of UTF-8), and no
 * DTO nests more than four levels; past either limit the request is refused before parsing or
 * validation, so class-transformer never walks an unbounded tree.
 */
export class HttpConfig {
  constructor(
    readonly bodyMaxBytes: number = 100 * 1024,
    /** Nesting of arrays and objects, the outermost counting as 1. */
    readonly jsonMaxDepth: number = 32,
  ) {}

  static fromEnv(env: Env): HttpConfig {
    const e = validateEnv(HttpEnv, env);
    return new HttpConfig(e.HTTP_BODY_MAX_KB * 1024, e.HTTP_JSON_MAX_DEPTH);
  }
}
