import type { OrgType, Role } from '../../shared/auth/index.js';

/** Roles a user of each organisation type may hold. */
export const ROLES_BY_ORG_TYPE: Record<OrgType, readonly Role[]> = {
  enterprise: ['org_admin', 'member', 'broker'],
  university: ['org_admin', 'member', 'broker'],
  research_institute: ['org_admin', 'member', 'broker'],
  broker_agency: ['org_admin', 'member', 'broker'],
  bureau: ['bureau_admin', 'bureau_staff'],
  platform: ['platform_admin'],
};

/** The role of an organisation's first user, created at sign-up. */
export const FIRST_ADMIN_ROLE: Record<OrgType, Role> = {
  enterprise: 'org_admin',
  university: 'org_admin',
  research_institute: 'org_admin',
  broker_agency: 'org_admin',
  bureau: 'bureau_admin',
  platform: 'platform_admin',
};

/** Organisation types that may turn on TOTP (等保 level 3 expects it for administrators). */
export const TOTP_ORG_TYPES: readonly OrgType[] = ['bureau', 'platform'];

/** Types that keep an internal code instead of a 统一社会信用代码 check digit. */
export const INTERNAL_CODE_ORG_TYPES: readonly OrgType[] = ['bureau', 'platform'];

export function rolesAllowed(type: OrgType, roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((r) => ROLES_BY_ORG_TYPE[type].includes(r));
}
