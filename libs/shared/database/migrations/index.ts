import { ReferenceData1763856000000 } from './1763856000000-reference-data.js';

/** Every migration, in order. New migrations are appended here. */
export const migrations = [ReferenceData1763856000000];
