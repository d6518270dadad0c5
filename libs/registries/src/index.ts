export { RegistriesModule } from './registries.module.js';
export { RegistriesService, type RegistryEntryView } from './registries.service.js';
export { REGISTRY_KINDS, type RegistryKind, type RegistryKindDef } from './registry-kinds.js';
export { type RegistryEntryInput } from './registry-entry.rules.js';
export { RegistriesErrorCode, RegistryOutOfRegionError, RegistryCertificateTakenError } from './registries.errors.js';
