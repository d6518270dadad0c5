import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { userView, type UserView } from './identity.views.js';
import { OrganizationRepository } from './organization.repository.js';
import { SessionRepository } from './session.repository.js';
import { UserRepository, type LockedAccount } from './user.repository.js';

/**
 * Changes to an account that an organisation's admin (its members) and the platform admin (any
 * user) both make, with their audit rows. Callers hold the locks and apply their own refusals
 * (the last admin, an invitation not yet accepted) first.
 */
@Injectable()
export class AccountChanges {
  constructor(
    private readonly users: UserRepository,
    private readonly orgs: OrganizationRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
  ) {}

  /** Disables or enables the account (a disabled one's sessions end at once: its next request answers 401); nothing when it already is. */
  async setStatus(
    em: EntityManager,
    actor: Principal,
    target: LockedAccount,
    status: 'active' | 'disabled',
  ): Promise<UserView> {
    if (target.status !== status) {
      await this.users.setStatus(em, target.id, status);
      if (status === 'disabled') await this.sessions.revokeAll(em, target.id, 'user_disabled');
      const action = status === 'disabled' ? 'user.disable' : 'user.enable';
      await this.record(em, actor, action, target, { status: target.status }, { status });
    }
    return userView(await this.users.get(em, target.id));
  }

  /** The audit row of a change to the account, filed under its organisation's region so that its bureau reads it too. */
  async record(
    em: EntityManager,
    actor: Principal,
    action: string,
    target: LockedAccount,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ): Promise<void> {
    const org = await this.orgs.get(em, target.org_id);
    await this.audit.record(em, {
      actor,
      action,
      targetType: 'user',
      targetId: target.id,
      regionCode: org.regionCode,
      before,
      after,
    });
  }
}
