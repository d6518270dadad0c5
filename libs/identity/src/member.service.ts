import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Permission, type Principal, type Role } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { AuditService } from '../../audit/src/index.js';
import { MailQueue } from '../../notifications/src/index.js';
import { MailConfig } from '../../shared/config/index.js';
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
import { rolesAllowed, ROLES_BY_ORG_TYPE } from './org-rules.js';
import { OrganizationRepository } from './organization.repository.js';
import { hashPassword } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { RequestMeta } from './request-meta.js';
import type { User } from './user.entity.js';
import { UserRepository } from './user.repository.js';
import { SessionRepository } from './session.repository.js';

export interface InviteInput {
  email: string;
  phone?: string;
  displayName: string;
  roles: Role[];
}

export interface MeView {
  user: UserView;
  org: OrgView;
  permissions: string[];
}

const INVITE_TTL_DAYS = 7;
/** Page of the web app that takes the invitation; the token rides in the fragment, which never reaches a server log. */
const ACCEPT_INVITE_PATH = '/accept-invite';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The caller's own account, and org admins managing their organisation's members. */
@Injectable()
export class MemberService {
  constructor(
    private readonly ds: DataSource,
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
    private readonly mails: MailQueue,
    private readonly mailCfg: MailConfig,
    private readonly events: EventBus,
  ) {}

  async me(principal: Principal): Promise<MeView> {
    const user = await this.users.get(this.ds.manager, principal.userId);
    const org = await this.orgs.get(this.ds.manager, principal.orgId);
    return { user: userView(user), org: orgView(org), permissions: [...principal.permissions].sort() };
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
  async invite(
    principal: Principal,
    input: InviteInput,
    outer?: EntityManager,
  ): Promise<{ user: UserView; inviteToken: string; inviteExpiresAt: string }> {
    this.assertManager(principal);
    if (!rolesAllowed(principal.orgType, input.roles)) {
      throw new IdentityError(
        IdentityErrorCode.ROLE_NOT_ALLOWED,
        `该类机构的成员角色只能是：${ROLES_BY_ORG_TYPE[principal.orgType].join('、')}`,
        {
          roles: input.roles,
          allowed: ROLES_BY_ORG_TYPE[principal.orgType],
        },
      );
    }
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
      await this.queueInviteMail(em, orgId, inviter, user, token);
      return { user, token };
    } catch (err) {
      throw mapViolation(err, { unique: (v) => takenError(v.constraint, input) });
    }
  }

  private async queueInviteMail(
    em: EntityManager,
    orgId: string,
    inviter: Principal,
    user: User,
    token: string,
  ): Promise<void> {
    const who = await this.users.invitationNames(em, orgId, inviter.userId);
    const link = `${this.mailCfg.publicUrl}${ACCEPT_INVITE_PATH}#token=${token}`;
    const until = chinaDateTime(user.inviteExpiresAt!);
    await this.mails.enqueue(em, {
      to: [user.email],
      subject: `【网上技术市场】${who.org_name}邀请您加入`,
      text: [
        `${user.displayName}，您好：`,
        '',
        `${who.inviter}邀请您以“${who.org_name}”成员的身份使用网上技术市场。`,
        `请在 ${until}（北京时间）前打开以下链接，设置登录密码后即可登录：`,
        link,
        '',
        '该链接只能使用一次，请勿转发。如果您与该单位无关，请忽略本邮件。',
      ].join('\n'),
      reference: `invite:${user.id}`,
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
        action: 'user.accept_invite',
        targetType: 'user',
        targetId: row.id,
        before: { status: 'invited' },
        after: { status: 'active' },
      });
      await this.events.publish(em, MEMBER_JOINED, memberJoined({ organizationId: row.org_id, userId: row.id }));
      return userView(await this.users.get(em, row.id));
    });
  }

  async disable(principal: Principal, userId: string): Promise<UserView> {
    if (userId === principal.userId)
      throw new IdentityError(IdentityErrorCode.CANNOT_DISABLE_SELF, '不能停用自己的账号');
    return this.setStatus(principal, userId, 'disabled');
  }

  async enable(principal: Principal, userId: string): Promise<UserView> {
    return this.setStatus(principal, userId, 'active');
  }

  private async setStatus(principal: Principal, userId: string, status: 'active' | 'disabled'): Promise<UserView> {
    this.assertManager(principal);
    return this.ds.transaction(async (em) => {
      // Another organisation's member answers 404, as if it did not exist.
      const before = await this.users.lockMember(em, userId, principal.orgId);
      if (!before) throw new UserNotFoundError(userId);
      if (before.no_password && status === 'active') {
        throw new IdentityError(IdentityErrorCode.INVITE_INVALID, '该成员尚未接受邀请');
      }
      if (before.status !== status) {
        await this.users.setStatus(em, userId, status);
        if (status === 'disabled') await this.sessions.revokeAll(em, userId, 'user_disabled');
        await this.audit.record(em, {
          actor: principal,
          action: status === 'disabled' ? 'user.disable' : 'user.enable',
          targetType: 'user',
          targetId: userId,
          before: { status: before.status },
          after: { status },
        });
      }
      return userView(await this.users.get(em, userId));
    });
  }
}

/** `2026-12-10 16:30`, in China time (UTC+8), as the mail states the expiry. */
function chinaDateTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
