/**
 * Named capabilities: groups of operations of the policy table (policy.table.ts), listed by
 * /api/me so that the web app shows what the caller may do. Which roles hold them, and on
 * which resources, is the table's business alone.
 */
export const Permission = {
  ORG_READ_OWN: 'org:read-own',
  ORG_MANAGE_MEMBERS: 'org:manage-members',
  ORG_VERIFY: 'org:verify',
  ORG_SUSPEND: 'org:suspend',
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
  ORG_EDIT_REGISTRATION: 'org:edit-registration',
  ORG_PROVISION_BUREAU: 'org:provision-bureau',
  VOUCHER_MANAGE: 'voucher:manage',
  VOUCHER_APPLY: 'voucher:apply',
  LOAN_FILE: 'loan:file',
  LOAN_AUTHORISE: 'loan:authorise',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const ROLES = ['org_admin', 'member', 'broker', 'bureau_staff', 'bureau_admin', 'platform_admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = [
  'enterprise',
  'university',
  'research_institute',
  'broker_agency',
  'financial_institution',
  'bureau',
  'platform',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];
