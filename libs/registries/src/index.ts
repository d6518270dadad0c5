export { RegistriesModule } from './registries.module.js';
export { RegistriesService, type RegistryEntryView, type ImportedRegistryEntry } from './registries.service.js';
export { RegistryEntryFactsReader } from './registry-entry-facts.js';
export { REGISTRY_KINDS, type RegistryKind, type RegistryKindDef } from './registry-kinds.js';
export { type RegistryEntryInput, registryEntryProblems, defaultValidUntil } from './registry-entry.rules.js';
export {
  RegistriesErrorCode,
  RegistryOutOfRegionError,
  RegistryCertificateTakenError,
  RegistryEntryNotFoundError,
} from './registries.errors.js';
