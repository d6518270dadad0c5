/**
 * Named permissions and the one role → permissions table. Routes declare what they need with
 * @RequirePermission(...); ownership and region scope are checked in services on top of this.
 */
export const Permission = {
  ORG_READ_OWN: 'org:read-own',
  ORG_MANAGE_MEMBERS: 'org:manage-members',
  ORG_VERIFY: 'org:verify',
  ORG_READ_REGION: 'org:read-region',
  LISTING_WRITE_OWN: 'listing:write-own',
  LISTING_REVIEW: 'listing:review',
  CHALLENGE_PUBLISH: 'challenge:publish',
  CHALLENGE_APPLY: 'challenge:apply',
  MATCH_READ: 'match:read',
  MATCH_FEEDBACK: 'match:feedback',
  DEAL_MANAGE: 'deal:manage',
  DEAL_READ: 'deal:read',
  CONTRACT_WRITE_OWN: 'contract:write-own',
  CONTRACT_CERTIFY: 'contract:certify',
  STATS_READ: 'stats:read',
  STATS_EXPORT: 'stats:export',
  AUDIT_READ: 'audit:read',
  CODE_TABLES_MANAGE: 'code-tables:manage',
  PLATFORM_ADMIN: 'platform:admin',
  IMPORT_RUN: 'import:run',
  API_KEYS_MANAGE: 'api-keys:manage',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLES = ['org_admin', 'member', 'broker', 'bureau_staff', 'bureau_admin', 'platform_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = ['enterprise', 'university', 'research_institute', 'broker_agency', 'bureau', 'platform'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

const P = Permission;
const memberBase: Permission[] = [P.ORG_READ_OWN, P.LISTING_WRITE_OWN, P.CHALLENGE_APPLY, P.MATCH_READ, P.MATCH_FEEDBACK, P.DEAL_READ, P.CONTRACT_WRITE_OWN];
const bureauBase: Permission[] = [P.ORG_READ_OWN, P.ORG_READ_REGION, P.ORG_VERIFY, P.LISTING_REVIEW, P.CHALLENGE_PUBLISH, P.MATCH_READ, P.DEAL_READ, P.CONTRACT_CERTIFY, P.STATS_READ, P.STATS_EXPORT, P.IMPORT_RUN];

/** The one table from role to permissions. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  member: memberBase,
  org_admin: [...memberBase, P.ORG_MANAGE_MEMBERS, P.CHALLENGE_PUBLISH, P.DEAL_MANAGE],
  broker: [P.ORG_READ_OWN, P.MATCH_READ, P.MATCH_FEEDBACK, P.DEAL_MANAGE, P.DEAL_READ, P.CONTRACT_WRITE_OWN],
  bureau_staff: bureauBase,
  bureau_admin: [...bureauBase, P.ORG_MANAGE_MEMBERS, P.AUDIT_READ],
  platform_admin: Object.values(P),
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}
