import type { RegistryKindName } from '../../shared/labels/index.js';
import type { RegistryMeasure } from '../../statistics/src/index.js';

export type RegistryKind = RegistryMeasure;

export { REGISTRY_KINDS, type RegistryKindDef } from '../../shared/labels/index.js';

// the statistics' registry measures and the registries' kinds are one list
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const KINDS_MATCH_MEASURES: Same<RegistryKindName, RegistryMeasure> = true;
