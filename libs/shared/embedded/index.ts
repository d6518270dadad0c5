export {
  startEmbeddedPostgres,
  ensureDatabase,
  embeddedPostgresUrl,
  type RunningPostgres,
} from './embedded-postgres.js';
export {
  startEmbeddedMeilisearch,
  verifiedMeilisearchBinary,
  MEILISEARCH_SHA256,
  type RunningMeilisearch,
} from './embedded-meilisearch.js';
export { LaunchError, freePort, isAlive, isPortFree, reapStale, writePidFile, waitForExit } from './processes.js';
