import type { EntityManager } from 'typeorm';
import type { OrgType, Role } from '../../shared/auth/index.js';
import type { VerificationStatus } from './organization.entity.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';

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
  const orgId = await new OrganizationRepository().insert(em, {
    ...org,
    verificationStatus: status,
    rejectionReason: status === 'rejected' ? (org.rejectionReason ?? '材料不全') : null,
    reviewListings: org.reviewListings ?? true,
  });
  const userRepo = new UserRepository();
  const userIds: string[] = [];
  for (const u of users) {
    userIds.push(
      await userRepo.insertActive(em, {
        orgId,
        email: u.email.toLowerCase(),
        phone: u.phone ?? null,
        displayName: u.displayName,
        passwordHash: u.passwordHash,
        roles: u.roles,
      }),
    );
  }
  return { orgId, userIds };
}
