import type { RegistryEntry } from '../api/types';
import { REGISTRY_KINDS } from '../../../../libs/shared/labels/index.js';

export type RegistryKind = RegistryEntry['kind'];

/** The registries and what each entry needs: the server's table (libs/shared/labels), for the forms and tables. */
export { REGISTRY_KINDS };
