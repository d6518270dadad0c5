import type { EntityManager } from 'typeorm';
import type { OrgType, Role } from '../../shared/auth/index.js';
import type { VerificationStatus } from './organization.entity.js';

export interface ProvisionOrgInput {
  type: OrgType;
  name: string;
  creditCode: string;
  regionCode: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  address?: string | null;
  verificationStatus?: VerificationStatus;
  rejectionReason?: string | null;
  reviewListings?: boolean;
}

export interface ProvisionUserInput {
  email: string;
  phone?: string | null;
  displayName: string;
  roles: Role[];
  /** An argon2id hash (hashPassword). */
  passwordHash: string;
}

/**
 * Inserts an organisation and its users directly, already decided (verified/rejected/pending).
 * For demo data and test factories only: it skips sign-up rules and writes no audit rows.
 */
export async function provisionOrganization(
  em: EntityManager,
  org: ProvisionOrgInput,
  users: ProvisionUserInput[],
): Promise<{ orgId: string; userIds: string[] }> {
  const status = org.verificationStatus ?? 'verified';
  const [{ id: orgId }] = await em.query(
    `INSERT INTO organization (type, name, credit_code, region_code, contact_name, contact_phone, contact_email, address,
                               verification_status, rejection_reason, verified_at, review_listings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, CASE WHEN $9 = 'verified' THEN now() END, $11)
     RETURNING id`,
    [
      org.type,
      org.name,
      org.creditCode,
      org.regionCode,
      org.contactName ?? null,
      org.contactPhone ?? null,
      org.contactEmail ?? null,
      org.address ?? null,
      status,
      status === 'rejected' ? (org.rejectionReason ?? '材料不全') : null,
      org.reviewListings ?? true,
    ],
  );
  const userIds: string[] = [];
  for (const u of users) {
    const [{ id }] = await em.query(
      `INSERT INTO app_user (org_id, email, phone, display_name, password_hash, roles, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'active') RETURNING id`,
      [orgId, u.email.toLowerCase(), u.phone ?? null, u.displayName, u.passwordHash, u.roles],
    );
    userIds.push(id);
  }
  return { orgId, userIds };
}
