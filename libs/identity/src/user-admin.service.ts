import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { AccountChanges } from './account-changes.js';
import { IdentityError, IdentityErrorCode, PermissionDeniedError, UserNotFoundError } from './identity.errors.js';
import { IdentityMails } from './identity-mails.js';
import { userView, type UserView } from './identity.views.js';
import { INVITE_TTL_DAYS, sha256 } from './member.service.js';
import { adminRoleOf, keepsAnAdmin } from './member-roles.rules.js';
import type { OrgType } from '../../shared/auth/index.js';
import { OrganizationRepository } from './organization.repository.js';
import { SessionRepository } from './session.repository.js';
import { UserRepository, type LockedAccount } from './user.repository.js';

/**
 * The platform admin acting on any user: disable (every session ends: the next request answers
 * 401), enable, end a login lockout, force a password reset. Bureaus do not act on other
 * organisations' people: they suspend the organisation instead (OrgAdminService). Disabling
 * keeps the rule of MemberRolesService: no organisation is left without an active admin.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly sessions: SessionRepository,
    private readonly accounts: AccountChanges,
    private readonly mails: IdentityMails,
  ) {}

  private async withUser<T>(
    principal: Principal,
    userId: string,
    work: (em: EntityManager, target: LockedAccount, orgType: OrgType) => Promise<T>,
  ): Promise<T> {
    if (!isPlatformAdmin(principal)) throw new PermissionDeniedError('只有平台管理员可以管理用户账号');
    if (userId === principal.userId)
      throw new IdentityError(IdentityErrorCode.CANNOT_DISABLE_SELF, '不能对自己的账号执行此操作');
    return this.ds.transaction(async (em) => {
      const orgId = await this.users.orgOf(em, userId);
      if (!orgId) throw new UserNotFoundError(userId);
      // Organisation first, then the user: the order MemberRolesService takes them in.
      await this.orgs.lockMembership(em, orgId);
      const target = await this.users.lockAccount(em, userId);
      if (!target) throw new UserNotFoundError(userId);
      const org = await this.orgs.get(em, orgId);
      return work(em, target, org.type);
    });
  }

  async disable(principal: Principal, userId: string): Promise<UserView> {
    return this.withUser(principal, userId, async (em, target, orgType) => {
      if (target.status !== 'disabled') {
        const admins = await this.users.activeAdminIds(em, target.org_id, adminRoleOf(orgType));
        if (admins.includes(userId) && !keepsAnAdmin(admins, userId)) {
          throw new IdentityError(
            IdentityErrorCode.LAST_ADMIN,
            '该用户是所在机构唯一的管理员，不能停用；如需停止该机构的活动，请暂停该机构',
          );
        }
      }
      return this.accounts.setStatus(em, principal, target, 'disabled');
    });
  }

  async enable(principal: Principal, userId: string): Promise<UserView> {
    return this.withUser(principal, userId, async (em, target) => {
      if (target.no_password) throw new IdentityError(IdentityErrorCode.INVITE_INVALID, '该用户尚未接受邀请');
      return this.accounts.setStatus(em, principal, target, 'active');
    });
  }

  /** Ends a lockout after wrong passwords now, instead of when it runs out. */
  async unlock(principal: Principal, userId: string): Promise<UserView> {
    return this.withUser(principal, userId, async (em, target) => {
      const before = await this.users.get(em, userId);
      await this.users.unlock(em, userId);
      await this.accounts.record(
        em,
        principal,
        'user.unlock',
        target,
        { lockedUntil: before.lockedUntil?.toISOString() ?? null },
        { lockedUntil: null },
      );
      return userView(await this.users.get(em, userId));
    });
  }

  /**
   * The old password stops working, every session ends, and the user is mailed a link to set a
   * new one (valid as long as an invitation). For an invitation nobody took, resend it instead.
   */
  async resetPassword(principal: Principal, userId: string): Promise<UserView> {
    return this.withUser(principal, userId, async (em, target) => {
      if (target.status !== 'active')
        throw new IdentityError(IdentityErrorCode.MEMBER_NOT_ACTIVE, '只能重置已激活且未停用的账号的密码');
      const token = randomBytes(32).toString('base64url');
      const expires = await this.users.requirePasswordReset(em, userId, sha256(token), INVITE_TTL_DAYS);
      await this.sessions.revokeAll(em, userId, 'password_reset');
      await this.accounts.record(em, principal, 'user.password_reset', target, null, { passwordResetRequired: true });
      await this.mails.passwordReset(
        em,
        { id: userId, email: target.email, displayName: target.display_name },
        token,
        expires,
        `password-reset:${userId}:${Date.now()}`,
      );
      return userView(await this.users.get(em, userId));
    });
  }
}
