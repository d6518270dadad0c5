export { baseDataSourceOptions, runMigrations, openDataSource } from './data-source.js';
export { DatabaseModule } from './database.module.js';
export { ReadDatabase } from './read-database.js';
export { DatabaseHealth, type ComponentHealth } from './database.health.js';
export { inTransaction } from './transaction.js';
export { enforceConnectionDiscipline, NestedConnectionError, outsideTransaction } from './connection-discipline.js';
export { affectedRows, returningRows, type Queryable } from './sql-results.js';
export { copyArray, copyLine, copyRows, type CopyValue } from './copy-rows.js';
export {
  constraintViolation,
  mapViolation,
  type ConstraintViolation,
  type ViolationKind,
  type ViolationMap,
} from './pg-violations.js';
export { PgListener, type PgListenerHandlers } from './pg-listener.js';
