import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Permission, type Principal, type Role } from '../../shared/auth/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { AccountChanges } from './account-changes.js';
import { IdentityError, IdentityErrorCode, PermissionDeniedError, UserNotFoundError } from './identity.errors.js';
import { userView, type UserView } from './identity.views.js';
import { assertRolesGrantable } from './member.service.js';
import { adminRoleOf, keepsAnAdmin, rolesAfterHandOver } from './member-roles.rules.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository, type LockedAccount } from './user.repository.js';

/**
 * An organisation's admins managing who does what in it: roles, disabling, handing the admin
 * role over. The organisation always keeps an active admin: every change that could take the
 * last one away locks the organisation's row first (OrganizationRepository.lockMembership) and
 * counts the admins under that lock, so two admins demoting or disabling each other at the same
 * moment take turns and the second is refused (409 LAST_ADMIN).
 */
@Injectable()
export class MemberRolesService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly accounts: AccountChanges,
  ) {}

  /**
   * Opens the transaction every change here runs in: the organisation locked, then the target
   * (always in this order, so two changes never wait on each other crosswise), the caller still
   * an admin under the lock (the guard looked before another admin may have demoted it).
   */
  private async withMember<T>(
    principal: Principal,
    userId: string,
    work: (em: EntityManager, target: LockedAccount, admins: string[]) => Promise<T>,
  ): Promise<T> {
    if (!principal.permissions.has(Permission.ORG_MANAGE_MEMBERS))
      throw new PermissionDeniedError('只有机构管理员可以管理成员');
    return this.ds.transaction(async (em) => {
      await this.orgs.lockMembership(em, principal.orgId);
      const target = await this.users.lockAccount(em, userId);
      // Another organisation's user answers 404, as if it did not exist.
      if (!target || target.org_id !== principal.orgId) throw new UserNotFoundError(userId);
      const admins = await this.users.activeAdminIds(em, principal.orgId, adminRoleOf(principal.orgType));
      if (!admins.includes(principal.userId)) throw new PermissionDeniedError('您已不是本机构管理员');
      return work(em, target, admins);
    });
  }

  private refuseLastAdmin(): never {
    throw new IdentityError(IdentityErrorCode.LAST_ADMIN, '机构至少要保留一名管理员，请先将管理员角色授予其他成员');
  }

  async disable(principal: Principal, userId: string): Promise<UserView> {
    if (userId === principal.userId)
      throw new IdentityError(IdentityErrorCode.CANNOT_DISABLE_SELF, '不能停用自己的账号');
    return this.withMember(principal, userId, async (em, target, admins) => {
      if (target.status !== 'disabled' && admins.includes(userId) && !keepsAnAdmin(admins, userId))
        this.refuseLastAdmin();
      return this.accounts.setStatus(em, principal, target, 'disabled');
    });
  }

  async enable(principal: Principal, userId: string): Promise<UserView> {
    return this.withMember(principal, userId, async (em, target) => {
      if (target.no_password) throw new IdentityError(IdentityErrorCode.INVITE_INVALID, '该成员尚未接受邀请');
      return this.accounts.setStatus(em, principal, target, 'active');
    });
  }

  /**
   * Sets a member's roles (the caller's own too). Roles beyond the caller's reach are an
   * escalation (403); the last admin cannot lose the admin role (409).
   */
  async changeRoles(principal: Principal, userId: string, roles: Role[], version?: number): Promise<UserView> {
    const next = [...new Set(roles)];
    assertRolesGrantable(principal, next);
    return this.withMember(principal, userId, async (em, target, admins) => {
      const current = await this.users.get(em, userId);
      if (version !== undefined && version !== current.version) {
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '成员信息已被他人修改，请刷新后重试', {
          expectedVersion: version,
        });
      }
      const admin = adminRoleOf(principal.orgType);
      if (admins.includes(userId) && !next.includes(admin) && !keepsAnAdmin(admins, userId)) this.refuseLastAdmin();
      await this.users.setRoles(em, userId, next);
      await this.accounts.record(em, principal, 'user.roles', target, { roles: target.roles }, { roles: next });
      return userView(await this.users.get(em, userId));
    });
  }

  /** The caller gives the admin role to an active colleague and keeps its other roles. */
  async handOver(principal: Principal, userId: string, version: number): Promise<UserView> {
    if (userId === principal.userId)
      throw new IdentityError(IdentityErrorCode.CANNOT_HAND_OVER_TO_SELF, '请选择本机构的其他成员');
    return this.withMember(principal, userId, async (em, target) => {
      if ((await this.users.get(em, userId)).version !== version) {
        throw new AppError(CommonErrorCode.VERSION_CONFLICT, '成员信息已被他人修改，请刷新后重试', {
          expectedVersion: version,
        });
      }
      if (target.status !== 'active')
        throw new IdentityError(IdentityErrorCode.MEMBER_NOT_ACTIVE, '只能移交给已激活且未停用的成员');
      const admin = adminRoleOf(principal.orgType);
      // The caller's roles as they are now, under the lock (not as the guard saw them).
      const before = (await this.users.get(em, principal.userId)).roles;
      const mine = rolesAfterHandOver(principal.orgType, before);
      if (mine.length === 0) this.refuseLastAdmin();
      const theirs = target.roles.includes(admin) ? target.roles : [admin, ...target.roles];
      await this.users.setRoles(em, userId, theirs);
      await this.users.setRoles(em, principal.userId, mine);
      await this.accounts.record(
        em,
        principal,
        'user.admin_hand_over',
        target,
        { roles: target.roles, from: principal.userId, fromRoles: before },
        { roles: theirs, fromRoles: mine },
      );
      return userView(await this.users.get(em, userId));
    });
  }
}
