import type { OrgType, Permission, Role } from './permissions.js';

/**
 * Who is calling, as every domain service receives it. Built by the identity lib's guard from
 * a verified access token; services check ownership (orgId) and region scope (regionCode's
 * subtree for bureau staff) against it.
 */
export interface Principal {
  userId: string;
  orgId: string;
  orgType: OrgType;
  orgVerified: boolean;
  /** The organisation's region; for bureaus, the root of the subtree they act in. */
  regionCode: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  /** Request id, for audit rows. */
  requestId?: string;
  ip?: string;
}

export function isPlatformAdmin(p: Principal): boolean {
  return p.roles.includes('platform_admin');
}

export function isBureau(p: Principal): boolean {
  return p.orgType === 'bureau' && (p.roles.includes('bureau_staff') || p.roles.includes('bureau_admin'));
}
