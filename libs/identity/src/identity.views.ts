import type { OrgType, Role } from '../../shared/auth/index.js';
import type { Organization, VerificationStatus } from './organization.entity.js';
import type { User, UserStatus } from './user.entity.js';

export interface OrgView {
  id: string;
  type: OrgType;
  name: string;
  creditCode: string;
  regionCode: string;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  verificationStatus: VerificationStatus;
  rejectionReason: string | null;
  verifiedAt: string | null;
  reviewListings: boolean;
  /** Suspended by a bureau or the platform: its users act as those of an unverified organisation. */
  suspendedAt: string | null;
  suspensionReason: string | null;
  version: number;
  createdAt: string;
}

export interface UserView {
  id: string;
  orgId: string;
  email: string;
  phone: string | null;
  displayName: string;
  roles: Role[];
  status: UserStatus;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  /** Until when wrong passwords lock the account; null when it is not locked now. */
  lockedUntil: string | null;
  /** An administrator reset the password and the user has not set a new one yet. */
  passwordResetRequired: boolean;
  version: number;
  createdAt: string;
}

export const orgView = (o: Organization): OrgView => ({
  id: o.id,
  type: o.type,
  name: o.name,
  creditCode: o.creditCode,
  regionCode: o.regionCode,
  contactName: o.contactName,
  contactPhone: o.contactPhone,
  contactEmail: o.contactEmail,
  address: o.address,
  verificationStatus: o.verificationStatus,
  rejectionReason: o.rejectionReason,
  verifiedAt: o.verifiedAt ? o.verifiedAt.toISOString() : null,
  reviewListings: o.reviewListings,
  suspendedAt: o.suspendedAt ? o.suspendedAt.toISOString() : null,
  suspensionReason: o.suspensionReason,
  version: o.version,
  createdAt: o.createdAt.toISOString(),
});

export const userView = (u: User): UserView => ({
  id: u.id,
  orgId: u.orgId,
  email: u.email,
  phone: u.phone,
  displayName: u.displayName,
  roles: u.roles,
  status: u.status,
  totpEnabled: u.totpEnabled,
  lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
  lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > Date.now() ? u.lockedUntil.toISOString() : null,
  passwordResetRequired: u.passwordResetRequired,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
});
