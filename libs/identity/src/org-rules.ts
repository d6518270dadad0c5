import { ROLES_BY_ORG_TYPE, type OrgType, type Role } from '../../shared/auth/index.js';

/** Organisation types that may turn on TOTP (等保 level 3 expects it for administrators). */
export const TOTP_ORG_TYPES: readonly OrgType[] = ['bureau', 'platform'];

/** Types that keep an internal code instead of a 统一社会信用代码 check digit. */
export const INTERNAL_CODE_ORG_TYPES: readonly OrgType[] = ['bureau', 'platform'];

export function rolesAllowed(type: OrgType, roles: readonly Role[]): boolean {
  return roles.length > 0 && roles.every((r) => ROLES_BY_ORG_TYPE[type].includes(r));
}
