import type { EventInput } from '../../shared/jobs/index.js';

/**
 * The event the identity lib publishes (EventBus, libs/shared/jobs) in the transaction of a
 * verification decision on an organisation by a bureau or the platform admin, naming no
 * consumer. Keyed `organization:<id>`. A rejection's reason is on the organisation (identity's
 * read models). Payload: {@link OrganizationVerificationDecidedEvent}.
 */
export const ORGANIZATION_VERIFICATION_DECIDED = 'organization.verification-decided';

export interface OrganizationVerificationDecidedEvent {
  organizationId: string;
  status: 'verified' | 'rejected';
  /** The organisation's version after the decision. */
  version: number;
}

export function verificationDecided(e: OrganizationVerificationDecidedEvent): EventInput {
  return { key: `organization:${e.organizationId}`, payload: { ...e } };
}

/**
 * An invited user took the invitation and set a password: a new member of the organisation
 * (published by MemberService.acceptInvite). Keyed `organization:<id>`. Payload:
 * {@link MemberJoinedEvent}.
 */
export const MEMBER_JOINED = 'member.joined';

export interface MemberJoinedEvent {
  organizationId: string;
  userId: string;
}

export function memberJoined(e: MemberJoinedEvent): EventInput {
  return { key: `organization:${e.organizationId}`, payload: { ...e } };
}
