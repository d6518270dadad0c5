import { permissionsOf, type Principal } from '../../shared/auth/index.js';
import { statusForCode } from '../../shared/errors/index.js';
import { IdentityErrorCode } from './identity.errors.js';
import { OrganizationService } from './organization.service.js';

const principal = (orgVerified: boolean): Principal => ({
  userId: 'u',
  orgId: 'o',
  orgType: 'enterprise',
  orgVerified,
  regionCode: '340600',
  roles: ['org_admin'],
  permissions: permissionsOf({ roles: ['org_admin'], orgType: 'enterprise', orgVerified }),
});

describe('OrganizationService.assertVerified', () => {
  // assertVerified reads only the principal; the other collaborators are never touched.
  const service = new OrganizationService(
    null as never,
    null as never,
    null as never,
    null as never,
    null as never,
    null as never,
  );

  it('lets a verified organisation through', () => {
    expect(() => service.assertVerified(principal(true))).not.toThrow();
  });

  it('refuses an unverified one with ORG_NOT_VERIFIED (403)', () => {
    expect(() => service.assertVerified(principal(false))).toThrow(
      expect.objectContaining({ code: IdentityErrorCode.ORG_NOT_VERIFIED }),
    );
    expect(statusForCode(IdentityErrorCode.ORG_NOT_VERIFIED)).toBe(403);
  });
});
