import type { OrgType, Role } from './permissions.js';

/**
 * Which roles a user of each organisation type may hold, and each type's administrator role. A
 * module of its own with no framework import, so that the web app shows the same rule the
 * server enforces (identity's member and sign-up services).
 */

/** Roles a user of each organisation type may hold. */
export const ROLES_BY_ORG_TYPE: Record<OrgType, readonly Role[]> = {
  enterprise: ['org_admin', 'member', 'broker'],
  university: ['org_admin', 'member', 'broker'],
  research_institute: ['org_admin', 'member', 'broker'],
  broker_agency: ['org_admin', 'member', 'broker'],
  // A bank's people file loans; none of them brokers deals.
  financial_institution: ['org_admin', 'member'],
  bureau: ['bureau_admin', 'bureau_staff'],
  platform: ['platform_admin'],
};

/** The administrator role of each organisation type (its first user, created at sign-up, holds it). */
export const FIRST_ADMIN_ROLE: Record<OrgType, Role> = {
  enterprise: 'org_admin',
  university: 'org_admin',
  research_institute: 'org_admin',
  broker_agency: 'org_admin',
  financial_institution: 'org_admin',
  bureau: 'bureau_admin',
  platform: 'platform_admin',
};
