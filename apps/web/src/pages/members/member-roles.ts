import type { components } from '../../api/schema';

export type Member = components['schemas']['UserViewDto'];
