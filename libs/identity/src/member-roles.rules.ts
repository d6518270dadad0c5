import { FIRST_ADMIN_ROLE, ROLES_BY_ORG_TYPE, type OrgType, type Role } from '../../shared/auth/index.js';

/**
 * Which roles an administrator may hand out, and the one invariant of an organisation's people:
 * it always keeps an active administrator. Pure; the services lock and count, then ask here.
 */

/** How far a role reaches: an organisation's own work, a region's bureau, the whole platform. */
const REACH: Record<Role, number> = {
  member: 1,
  broker: 1,
  org_admin: 1,
  bureau_staff: 2,
  bureau_admin: 2,
  platform_admin: 3,
};

/** The administrator role of an organisation type (org_admin, bureau_admin, platform_admin). */
export const adminRoleOf = (type: OrgType): Role => FIRST_ADMIN_ROLE[type];

export type RoleGrantProblem = 'escalation' | 'not-for-org-type' | undefined;

/**
 * Why `granter` may not give `roles` to a user of an organisation of `type`: a role reaching
 * further than any the granter holds is an escalation (403: an org admin making someone bureau
 * staff or platform admin); one that merely does not exist for this kind of organisation is bad
 * input (400: a bureau admin making a colleague an enterprise's broker).
 */
export function roleGrantProblem(granter: readonly Role[], type: OrgType, roles: readonly Role[]): RoleGrantProblem {
  const reach = Math.max(0, ...granter.map((r) => REACH[r]));
  if (roles.some((r) => REACH[r] > reach)) return 'escalation';
  if (roles.length === 0 || !roles.every((r) => ROLES_BY_ORG_TYPE[type].includes(r))) return 'not-for-org-type';
  return undefined;
}

/**
 * The roles of an administrator handing over: the admin role goes, everything else stays; a
 * user left with nothing keeps the plain role of the organisation type (member, bureau staff).
 */
export function rolesAfterHandOver(type: OrgType, roles: readonly Role[]): Role[] {
  const admin = adminRoleOf(type);
  const rest = roles.filter((r) => r !== admin);
  if (rest.length) return rest;
  const plain = ROLES_BY_ORG_TYPE[type].find((r) => r !== admin && r !== 'broker');
  // The platform has no role besides its admin: handing over there is refused before this.
  return plain ? [plain] : [];
}

/** Whether an organisation whose active admins are `admins` keeps one after `userId` stops being one. */
export function keepsAnAdmin(activeAdminIds: readonly string[], userId: string): boolean {
  return activeAdminIds.some((id) => id !== userId);
}
