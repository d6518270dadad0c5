import { envConfig, int } from './env-schema.js';

/**
 * Limits on JSON and form request bodies (uploads have their own, IMPORT_MAX_MB). The largest
 * legitimate body is a listing with a 20,000-character description (~60 KB of UTF-8), and no
 * DTO nests more than four levels; past either limit the request is refused before parsing or
 * validation, so class-transformer never walks an unbounded tree.
 */
export class HttpConfig extends envConfig({
  bodyMaxBytes: int('HTTP_BODY_MAX_KB', 100, 1, 10240).map((kb) => kb * 1024),
  /** Nesting of arrays and objects, the outermost counting as 1. */
  jsonMaxDepth: int('HTTP_JSON_MAX_DEPTH', 32, 2, 256),
}) {}
