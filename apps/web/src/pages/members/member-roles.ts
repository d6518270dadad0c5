import type { components } from '../../api/schema';
import type { OrgType, Role } from '../../api/types';

export type Member = components['schemas']['UserViewDto'];

/** The roles a member of each kind of organisation can hold (the server checks the same). */
export const ROLES_OF: Record<OrgType, Role[]> = {
  enterprise: ['org_admin', 'member', 'broker'],
  university: ['org_admin', 'member', 'broker'],
  research_institute: ['org_admin', 'member', 'broker'],
  broker_agency: ['org_admin', 'member', 'broker'],
  bureau: ['bureau_admin', 'bureau_staff'],
  platform: ['platform_admin'],
};

/** The administrator role of each kind of organisation. */
export const ADMIN_ROLE: Record<OrgType, Role> = {
  enterprise: 'org_admin',
  university: 'org_admin',
  research_institute: 'org_admin',
  broker_agency: 'org_admin',
  bureau: 'bureau_admin',
  platform: 'platform_admin',
};
