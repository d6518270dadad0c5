import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Permission, ROLES_BY_ORG_TYPE, type Principal, type Role } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { AuditService } from '../../audit/src/index.js';
import { inTransaction, mapViolation } from '../../shared/database/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import {
  IdentityError,
  IdentityErrorCode,
  PermissionDeniedError,
  takenError,
  UserNotFoundError,
} from './identity.errors.js';
import { MEMBER_JOINED, memberJoined } from './organization.events.js';
import { orgView, userView, type OrgView, type UserView } from './identity.views.js';
import { OrganizationRepository } from './organization.repository.js';
import { hashPassword } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { RequestMeta } from './request-meta.js';
import type { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { IdentityMails } from './identity-mails.js';
import { roleGrantProblem } from './member-roles.rules.js';

export interface InviteInput {
  email: string;
  phone?: string;
  displayName: string;
  roles: Role[];
}

/** An invitation as the inviter sees it: the one-time token is answered once, beside the mail. */
export interface Invitation {
  user: UserView;
  inviteToken: string;
  inviteExpiresAt: string;
}

export interface MeView {
  user: UserView;
  org: OrgView;
  permissions: string[];
  /** Unused TOTP recovery codes. */
  recoveryCodesLeft: number;
}

export const INVITE_TTL_DAYS = 7;
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The caller's own account, and org admins managing their organisation's members. */
@Injectable()
export class MemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly audit: AuditService,
    private readonly mails: IdentityMails,
    private readonly events: EventBus,
  ) {}

  async me(principal: Principal): Promise<MeView> {
    const user = await this.users.get(this.ds.manager, principal.userId);
    const org = await this.orgs.get(this.ds.manager, principal.orgId);
    return {
      user: userView(user),
      org: orgView(org),
      permissions: [...principal.permissions].sort(),
      recoveryCodesLeft: await this.users.recoveryCodesLeft(this.ds.manager, principal.userId),
    };
  }

  async list(principal: Principal, page: PageRequest): Promise<Page<UserView>> {
    const [items, total] = await this.users.ofOrg(this.ds.manager, principal.orgId, pageOffset(page), page.pageSize);
    return toPage(items.map(userView), total, page);
  }

  private assertManager(principal: Principal): void {
    if (!principal.permissions.has(Permission.ORG_MANAGE_MEMBERS))
      throw new PermissionDeniedError('只有机构管理员可以管理成员');
  }

  /**
   * Creates an invited member, mails them the accept link (queued in the same transaction, sent
   * by the worker after commit) and returns the one-time invitation token (shown once, for an
   * admin whose invitee cannot get mail). The member sets a password with it.
   */
  async invite(principal: Principal, input: InviteInput, outer?: EntityManager): Promise<Invitation> {
    this.assertManager(principal);
    assertRolesGrantable(principal, input.roles);
    const { user, token } = await inTransaction(
      this.ds,
      (em) => this.createInvitation(em, principal.orgId, principal, input),
      outer,
    );
    return { user: userView(user), inviteToken: token, inviteExpiresAt: user.inviteExpiresAt!.toISOString() };
  }

  /**
   * An invited user of `orgId` (a member of the inviter's own organisation, or the first
   * administrator of a bureau the inviter provisions) with the accept link queued by mail in
   * the caller's transaction. Answers the one-time token (shown once to the inviter, for an
   * invitee who cannot get mail).
   */
  async createInvitation(
    em: EntityManager,
    orgId: string,
    inviter: Principal,
    input: InviteInput,
  ): Promise<{ user: User; token: string }> {
    const token = randomBytes(32).toString('base64url');
    try {
      const id = await this.users.insertInvited(
        em,
        {
          orgId,
          email: input.email.trim().toLowerCase(),
          phone: input.phone ?? null,
          displayName: input.displayName.trim(),
          roles: [...new Set(input.roles)],
        },
        sha256(token),
        INVITE_TTL_DAYS,
      );
      const user = await this.users.get(em, id);
      await this.audit.record(em, {
        actor: inviter,
        action: 'user.invite',
        targetType: 'user',
        targetId: user.id,
        after: { orgId, email: user.email, roles: input.roles, status: 'invited' },
      });
      await this.mails.invitation(em, user, inviter.userId, token, user.inviteExpiresAt!);
      return { user, token };
    } catch (err) {
      throw mapViolation(err, { unique: (v) => takenError(v.constraint, input) });
    }
  }

  /**
   * A new link for an invitation nobody took yet (lost mail, expired): the old link stops
   * working, the new one is mailed and answered once, as at the invitation.
   */
  async resendInvitation(principal: Principal, userId: string): Promise<Invitation> {
    this.assertManager(principal);
    return this.ds.transaction(async (em) => {
      const before = await this.users.lockMember(em, userId, principal.orgId);
      if (!before) throw new UserNotFoundError(userId);
      const token = randomBytes(32).toString('base64url');
      const expires = await this.users.renewInvitation(em, userId, sha256(token), INVITE_TTL_DAYS);
      if (!expires) throw new IdentityError(IdentityErrorCode.NOT_INVITED, '该成员已接受邀请或已停用，无需重发');
      const user = await this.users.get(em, userId);
      await this.audit.record(em, {
        actor: principal,
        action: 'user.invite_resend',
        targetType: 'user',
        targetId: userId,
        after: { inviteExpiresAt: expires.toISOString() },
      });
      // Its own reference: the first invitation's mail may still sit in the outbox.
      await this.mails.invitation(em, user, principal.userId, token, expires, `invite:${userId}:${Date.now()}`);
      return { user: userView(user), inviteToken: token, inviteExpiresAt: expires.toISOString() };
    });
  }

  /** Withdraws an invitation nobody took: the account goes and the link stops working. */
  async revokeInvitation(principal: Principal, userId: string): Promise<void> {
    this.assertManager(principal);
    await this.ds.transaction(async (em) => {
      const before = await this.users.lockMember(em, userId, principal.orgId);
      if (!before) throw new UserNotFoundError(userId);
      const user = await this.users.get(em, userId);
      if (!(await this.users.deleteInvited(em, userId)))
        throw new IdentityError(
          IdentityErrorCode.NOT_INVITED,
          '该成员已接受邀请，不能撤销；如需停止其使用，请停用账号',
        );
      await this.audit.record(em, {
        actor: principal,
        action: 'user.invite_revoke',
        targetType: 'user',
        targetId: userId,
        before: { email: user.email, roles: user.roles, status: 'invited' },
      });
    });
  }

  /** The invited member sets a password; the invitation is spent. */
  async acceptInvite(token: string, password: string, meta: RequestMeta): Promise<UserView> {
    const problems = passwordProblems(password);
    if (problems.length) throw new IdentityError(IdentityErrorCode.WEAK_PASSWORD, problems.join('；'), { problems });
    const passwordHash = await hashPassword(password);
    return this.ds.transaction(async (em) => {
      const row = await this.users.acceptInvitation(em, sha256(token), passwordHash);
      if (!row) throw new IdentityError(IdentityErrorCode.INVITE_INVALID, '邀请链接无效或已过期');
      await this.audit.record(em, {
        actor: {
          userId: row.id,
          orgId: row.org_id,
          regionCode: row.region_code,
          ip: meta.ip,
          requestId: meta.requestId,
        },
        action: row.reset ? 'user.password_set' : 'user.accept_invite',
        targetType: 'user',
        targetId: row.id,
        before: row.reset ? { passwordResetRequired: true } : { status: 'invited' },
        after: row.reset ? { passwordResetRequired: false } : { status: 'active' },
      });
      await this.events.publish(em, MEMBER_JOINED, memberJoined({ organizationId: row.org_id, userId: row.id }));
      return userView(await this.users.get(em, row.id));
    });
  }
}

/**
 * Refuses roles the caller may not hand out: beyond its own reach (403 ROLE_ESCALATION), or not
 * roles of its organisation's type (400 ROLE_NOT_ALLOWED).
 */
export function assertRolesGrantable(principal: Principal, roles: readonly Role[]): void {
  const problem = roleGrantProblem(principal.roles, principal.orgType, roles);
  if (problem === 'escalation') {
    throw new IdentityError(IdentityErrorCode.ROLE_ESCALATION, '不能授予超出自身权限的角色', { roles });
  }
  if (problem === 'not-for-org-type') {
    throw new IdentityError(
      IdentityErrorCode.ROLE_NOT_ALLOWED,
      `该类机构的成员角色只能是：${ROLES_BY_ORG_TYPE[principal.orgType].join('、')}`,
      { roles, allowed: ROLES_BY_ORG_TYPE[principal.orgType] },
    );
  }
}
