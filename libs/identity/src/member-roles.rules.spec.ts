import { keepsAnAdmin, roleGrantProblem, rolesAfterHandOver } from './member-roles.rules.js';

describe('member roles', () => {
  it('lets an org admin hand out the roles of its organisation type', () => {
    expect(roleGrantProblem(['org_admin'], 'enterprise', ['member', 'broker'])).toBeUndefined();
    expect(roleGrantProblem(['org_admin'], 'enterprise', ['org_admin'])).toBeUndefined();
    expect(roleGrantProblem(['bureau_admin'], 'bureau', ['bureau_staff'])).toBeUndefined();
    expect(roleGrantProblem(['platform_admin'], 'platform', ['platform_admin'])).toBeUndefined();
  });

  it('calls bureau or platform roles from an org admin an escalation', () => {
    expect(roleGrantProblem(['org_admin'], 'enterprise', ['bureau_staff'])).toBe('escalation');
    expect(roleGrantProblem(['org_admin'], 'enterprise', ['member', 'platform_admin'])).toBe('escalation');
    expect(roleGrantProblem(['bureau_admin'], 'bureau', ['platform_admin'])).toBe('escalation');
    expect(roleGrantProblem(['member'], 'enterprise', ['bureau_admin'])).toBe('escalation');
  });

  it('calls a role of another organisation type bad input, not an escalation', () => {
    expect(roleGrantProblem(['bureau_admin'], 'bureau', ['member'])).toBe('not-for-org-type');
    expect(roleGrantProblem(['platform_admin'], 'platform', ['bureau_admin'])).toBe('not-for-org-type');
    expect(roleGrantProblem(['org_admin'], 'enterprise', [])).toBe('not-for-org-type');
  });

  it('takes only the admin role away on hand-over, leaving the plain role when nothing else is left', () => {
    expect(rolesAfterHandOver('enterprise', ['org_admin'])).toEqual(['member']);
    expect(rolesAfterHandOver('enterprise', ['org_admin', 'broker'])).toEqual(['broker']);
    expect(rolesAfterHandOver('bureau', ['bureau_admin'])).toEqual(['bureau_staff']);
    expect(rolesAfterHandOver('platform', ['platform_admin'])).toEqual([]);
  });

  it('keeps an admin only when someone else is one', () => {
    expect(keepsAnAdmin(['a', 'b'], 'a')).toBe(true);
    expect(keepsAnAdmin(['a'], 'a')).toBe(false);
    expect(keepsAnAdmin([], 'a')).toBe(false);
    expect(keepsAnAdmin(['b'], 'a')).toBe(true);
  });
});
