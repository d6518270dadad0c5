/**
 * Identity's exports. Other libs read organisations and users only through them: OrgDirectoryService
 * (summaries by id or credit code, listing review of a region, the acting admin of an
 * organisation) and, for a join inside their own SQL, the view `org_summary` (id, type, name,
 * credit_code, region_code, verification_status, verified; migration ReadModels1764910000000).
 * Never the organization, app_user or session tables (npm run lint checks it).
 */
export { IdentityModule } from './identity.module.js';
export { OrganizationService, type OrgListQuery } from './organization.service.js';
export { OrgDirectoryService, type OrgSummary } from './org-directory.service.js';
export {
  AuthService,
  JWT_AUDIENCE,
  JWT_ISSUER,
  type AccessClaims,
  type LoginInput,
  type TokenPair,
} from './auth.service.js';
export { SignupService, type SignUpInput } from './signup.service.js';
export { MemberService, type InviteInput, type MeView, type Invitation } from './member.service.js';
export { UserDirectoryService, type UserDirectoryQuery, type DirectoryUserView } from './user-directory.service.js';
export { TotpService, type TotpSetup, type RecoveryCodes } from './totp.service.js';
export { MemberRolesService } from './member-roles.service.js';
export { UserAdminService } from './user-admin.service.js';
export { OrgAdminService, type OrgDetailsPatch } from './org-admin.service.js';
export type { RequestMeta } from './request-meta.js';
export {
  IdentityErrorCode,
  IdentityError,
  OrgNotVerifiedError,
  OrgNotFoundError,
  PermissionDeniedError,
  InvalidCredentialsError,
  UserNotFoundError,
} from './identity.errors.js';
export { type OrgView, type UserView } from './identity.views.js';
export { TOTP_ORG_TYPES } from './org-rules.js';
export { isValidCreditCode, creditCodeCheckChar, normalizeCreditCode } from './credit-code.js';
export { passwordProblems, PASSWORD_MIN, PASSWORD_MAX } from './password-policy.js';
export { hashPassword, verifyPassword, ARGON2_OPTIONS } from './password-hasher.js';
export { provisionOrganization, type ProvisionOrgInput, type ProvisionUserInput } from './provision.js';
export { Organization, type VerificationStatus } from './organization.entity.js';
export { User, type UserStatus } from './user.entity.js';
export { IdentityFactsReader } from './identity-facts.js';
export {
  BureauProvisioningService,
  type ProvisionBureauInput,
  type ProvisionedBureau,
} from './bureau-provisioning.service.js';
export { OrgRegistrationService, type RegistrationPatch } from './org-registration.service.js';
export {
  ORGANIZATION_VERIFICATION_DECIDED,
  MEMBER_JOINED,
  type OrganizationVerificationDecidedEvent,
  type MemberJoinedEvent,
} from './organization.events.js';
