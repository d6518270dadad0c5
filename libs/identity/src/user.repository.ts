import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Role } from '../../shared/auth/index.js';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import { User, type UserStatus } from './user.entity.js';

/** An active user's addresses (the notifications lib's recipient directory). */
export interface UserContact {
  userId: string;
  email: string;
  phone: string | null;
}

export interface UserFilter {
  orgId?: string;
  role?: Role;
  /** true: only disabled accounts; false: only the others. */
  disabled?: boolean;
  /** Part of the name, e-mail or phone. */
  text?: string;
}

export interface LockedAccount {
  id: string;
  org_id: string;
  roles: Role[];
  status: UserStatus;
  no_password: boolean;
  email: string;
  display_name: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The app_user table. Methods take the caller's EntityManager (its transaction, or the DataSource's manager). */
@Injectable()
export class UserRepository {
  get(db: EntityManager, id: string): Promise<User> {
    return db.getRepository(User).findOneByOrFail({ id });
  }

  /** An organisation's members, oldest first. */
  ofOrg(db: EntityManager, orgId: string, skip: number, take: number): Promise<[User[], number]> {
    return db.getRepository(User).findAndCount({
      where: { orgId },
      order: { createdAt: 'ASC', id: 'ASC' },
      skip,
      take,
    });
  }

  /** Every user matching the filter, newest first (the platform admin's directory). */
  page(db: EntityManager, f: UserFilter, skip: number, take: number): Promise<[User[], number]> {
    const qb = db.getRepository(User).createQueryBuilder('u');
    if (f.orgId !== undefined) qb.andWhere('u.org_id = :orgId', { orgId: f.orgId });
    if (f.role !== undefined) qb.andWhere(':role = ANY(u.roles)', { role: f.role });
    if (f.disabled !== undefined) qb.andWhere(f.disabled ? `u.status = 'disabled'` : `u.status <> 'disabled'`);
    if (f.text !== undefined) {
      qb.andWhere(
        `(u.display_name ILIKE :q ESCAPE '\\' OR u.email ILIKE :q ESCAPE '\\' OR u.phone ILIKE :q ESCAPE '\\')`,
        { q: `%${escapeLike(f.text)}%` },
      );
    }
    return qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  /** An active user with a password (demo data, test factories, sign-up's first admin). */
  async insertActive(
    db: Queryable,
    u: { orgId: string; email: string; phone: string | null; displayName: string; passwordHash: string; roles: Role[] },
  ): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO app_user (org_id, email, phone, display_name, password_hash, roles, status)
       VALUES ($1, $2, $3, $4, $5, $6, 'active') RETURNING id`,
      [u.orgId, u.email, u.phone, u.displayName, u.passwordHash, u.roles],
    );
    return id!;
  }

  /** An invited user without a password, reachable by the invitation token's hash until it expires. */
  async insertInvited(
    db: Queryable,
    u: { orgId: string; email: string; phone: string | null; displayName: string; roles: Role[] },
    tokenHash: string,
    ttlDays: number,
  ): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO app_user (org_id, email, phone, display_name, roles, status, invite_token_hash, invite_expires_at)
       VALUES ($1, $2, $3, $4, $5, 'invited', $6, now() + make_interval(days => $7)) RETURNING id`,
      [u.orgId, u.email, u.phone, u.displayName, u.roles, tokenHash, ttlDays],
    );
    return id!;
  }

  /** The organisation's name and the inviter's display name, for the invitation mail. */
  async invitationNames(
    db: Queryable,
    orgId: string,
    inviterId: string,
  ): Promise<{ org_name: string; inviter: string }> {
    const [who]: { org_name: string; inviter: string }[] = await db.query(
      `SELECT o.name AS org_name, u.display_name AS inviter FROM organization o JOIN app_user u ON u.id = $2 WHERE o.id = $1`,
      [orgId, inviterId],
    );
    return who!;
  }

  /**
   * Spends a valid invitation, or a password-reset link (same token columns): the user gets the
   * password and is active; undefined when none matches. `reset` tells which it was.
   */
  async acceptInvitation(
    db: Queryable,
    tokenHash: string,
    passwordHash: string,
  ): Promise<{ id: string; org_id: string; region_code: string; reset: boolean } | undefined> {
    const [row] = await returningRows<{ id: string; org_id: string; region_code: string; reset: boolean }>(
      db,
      `UPDATE app_user u
          SET password_hash = $2, status = 'active', invite_token_hash = NULL, invite_expires_at = NULL,
              password_reset_required = false, failed_login_count = 0, locked_until = NULL,
              version = u.version + 1, updated_at = now()
         FROM organization o, (SELECT id, status AS was FROM app_user WHERE invite_token_hash = $1) prev
        WHERE o.id = u.org_id AND prev.id = u.id AND u.invite_expires_at > now()
          AND (u.status = 'invited' OR (u.status = 'active' AND u.password_reset_required))
        RETURNING u.id, u.org_id, o.region_code, prev.was = 'active' AS reset`,
      [tokenHash, passwordHash],
    );
    return row;
  }

  /** A new invitation token and expiry for a user still invited; the expiry, or undefined when not invited. */
  async renewInvitation(db: Queryable, userId: string, tokenHash: string, ttlDays: number): Promise<Date | undefined> {
    const [row] = await returningRows<{ invite_expires_at: Date }>(
      db,
      `UPDATE app_user SET invite_token_hash = $2, invite_expires_at = now() + make_interval(days => $3), updated_at = now()
        WHERE id = $1 AND status = 'invited' RETURNING invite_expires_at`,
      [userId, tokenHash, ttlDays],
    );
    return row?.invite_expires_at;
  }

  /** Withdraws an invitation nobody took: the row goes, so the address can be invited again. */
  async deleteInvited(db: Queryable, userId: string): Promise<boolean> {
    const rows = await returningRows(
      db,
      `DELETE FROM app_user WHERE id = $1 AND status = 'invited' AND password_hash IS NULL RETURNING id`,
      [userId],
    );
    return rows.length > 0;
  }

  /** The old password stops working; the token (mailed) sets a new one. */
  async requirePasswordReset(db: Queryable, userId: string, tokenHash: string, ttlDays: number): Promise<Date> {
    const [row] = await returningRows<{ invite_expires_at: Date }>(
      db,
      `UPDATE app_user SET password_reset_required = true, invite_token_hash = $2,
              invite_expires_at = now() + make_interval(days => $3), version = version + 1, updated_at = now()
        WHERE id = $1 RETURNING invite_expires_at`,
      [userId, tokenHash, ttlDays],
    );
    return row!.invite_expires_at;
  }

  /** Ends a login lockout now. */
  async unlock(db: Queryable, userId: string): Promise<void> {
    await db.query(
      `UPDATE app_user SET failed_login_count = 0, locked_until = NULL, updated_at = now() WHERE id = $1`,
      [userId],
    );
  }

  async setRoles(db: Queryable, userId: string, roles: readonly Role[]): Promise<void> {
    await db.query(`UPDATE app_user SET roles = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
      userId,
      roles,
    ]);
  }

  /**
   * The organisation's active holders of its admin role. Call with the organisation locked
   * (OrganizationRepository.lockMembership): the answer then stays true until commit.
   */
  async activeAdminIds(db: Queryable, orgId: string, adminRole: Role): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM app_user WHERE org_id = $1 AND status = 'active' AND $2 = ANY(roles) ORDER BY id`,
      [orgId, adminRole],
    );
    return rows.map((r) => r.id);
  }

  /** Any user, locked, as the administrators' actions need it; undefined when there is none. */
  async lockAccount(db: Queryable, userId: string): Promise<LockedAccount | undefined> {
    const [row]: LockedAccount[] = await db.query(
      `SELECT id, org_id, roles, status, password_hash IS NULL AS no_password, email, display_name
         FROM app_user WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    return row;
  }

  /** The one-time recovery codes of a user (hashes), replacing any earlier ones. */
  async replaceRecoveryCodes(db: Queryable, userId: string, hashes: readonly string[]): Promise<void> {
    await db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
    await db.query(`INSERT INTO totp_recovery_code (user_id, code_hash) SELECT $1, h FROM unnest($2::text[]) AS h`, [
      userId,
      hashes,
    ]);
  }

  /** Spends one recovery code; false when it is not one of the user's, or was used already. */
  async spendRecoveryCode(db: Queryable, userId: string, hash: string): Promise<boolean> {
    const rows = await returningRows(
      db,
      `UPDATE totp_recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING code_hash`,
      [userId, hash],
    );
    return rows.length === 1;
  }

  async recoveryCodesLeft(db: Queryable, userId: string): Promise<number> {
    const [row]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM totp_recovery_code WHERE user_id = $1 AND used_at IS NULL`,
      [userId],
    );
    return row!.n;
  }

  /** A member of `orgId`, locked, with its status; undefined for another organisation's user. */
  async lockMember(
    db: Queryable,
    userId: string,
    orgId: string,
  ): Promise<{ status: UserStatus; no_password: boolean } | undefined> {
    const [row]: { status: UserStatus; no_password: boolean }[] = await db.query(
      `SELECT status, password_hash IS NULL AS no_password FROM app_user WHERE id = $1 AND org_id = $2 FOR UPDATE`,
      [userId, orgId],
    );
    return row;
  }

  /** A disabled user also loses a pending invitation. */
  async setStatus(db: Queryable, userId: string, status: 'active' | 'disabled'): Promise<void> {
    await db.query(
      `UPDATE app_user
          SET status = $2, invite_token_hash = CASE WHEN $2 = 'disabled' THEN NULL ELSE invite_token_hash END,
              version = version + 1, updated_at = now()
        WHERE id = $1`,
      [userId, status],
    );
  }

  /** Stores a new sealed TOTP secret unless TOTP is already on; false then. */
  async setTotpSecret(db: Queryable, userId: string, sealed: string): Promise<boolean> {
    const rows = await returningRows(
      db,
      `UPDATE app_user SET totp_secret = $2, updated_at = now() WHERE id = $1 AND NOT totp_enabled RETURNING id`,
      [userId, sealed],
    );
    return rows.length > 0;
  }

  async lockTotp(
    db: Queryable,
    userId: string,
  ): Promise<{ totp_secret: string | null; totp_enabled: boolean } | undefined> {
    const [row]: { totp_secret: string | null; totp_enabled: boolean }[] = await db.query(
      `SELECT totp_secret, totp_enabled FROM app_user WHERE id = $1 FOR UPDATE`,
      [userId],
    );
    return row;
  }

  /** Turning TOTP off forgets the secret. */
  async setTotpEnabled(db: Queryable, userId: string, enabled: boolean): Promise<void> {
    await db.query(
      enabled
        ? `UPDATE app_user SET totp_enabled = true, version = version + 1, updated_at = now() WHERE id = $1`
        : `UPDATE app_user SET totp_enabled = false, totp_secret = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [userId],
    );
    if (!enabled) await db.query(`DELETE FROM totp_recovery_code WHERE user_id = $1`, [userId]);
  }

  async resetLoginFailures(db: Queryable, userId: string): Promise<void> {
    await db.query(
      `UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
      [userId],
    );
  }

  /** One more wrong password; true when this one locks the account (the count restarts then). */
  async recordLoginFailure(db: Queryable, userId: string, maxFailures: number, lockoutSecs: number): Promise<boolean> {
    const [row] = await returningRows<{ locked: boolean }>(
      db,
      `UPDATE app_user
          SET failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
              locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN now() + make_interval(secs => $3) ELSE locked_until END
        WHERE id = $1
        RETURNING failed_login_count = 0 AS locked`,
      [userId, maxFailures, lockoutSecs],
    );
    return row?.locked ?? false;
  }

  /** The organisation of a user, for the authorisation guard. */
  async orgOf(db: Queryable, userId: string): Promise<string | undefined> {
    const [row]: { org_id: string }[] = await db.query(`SELECT org_id FROM app_user WHERE id = $1`, [userId]);
    return row?.org_id;
  }

  /** The organisation's first active admin (oldest account), if any. */
  async firstActiveAdmin(db: Queryable, orgId: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await db.query(
      `SELECT id FROM app_user WHERE org_id = $1 AND status = 'active' AND 'org_admin' = ANY(roles) ORDER BY created_at, id LIMIT 1`,
      [orgId],
    );
    return row?.id;
  }

  /** The organisation's active administrators, oldest account first. */
  async activeAdmins(db: Queryable, orgId: string): Promise<string[]> {
    const rows: { id: string }[] = await db.query(
      `SELECT id FROM app_user WHERE org_id = $1 AND status = 'active'
          AND roles && ARRAY['org_admin', 'bureau_admin', 'platform_admin']::text[] ORDER BY created_at, id`,
      [orgId],
    );
    return rows.map((r) => r.id);
  }

  /** Whether the organisation has an active user holding `role` (an invited bureau's admin who took the invitation). */
  async hasActiveRole(db: Queryable, orgId: string, role: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM app_user WHERE org_id = $1 AND status = 'active' AND $2 = ANY(roles) LIMIT 1`,
      [orgId, role],
    );
    return rows.length > 0;
  }

  /** The active user (an empty list otherwise), with where to reach them. */
  async activeContactOf(db: Queryable, userId: string): Promise<UserContact[]> {
    return db.query(`SELECT id AS "userId", email, phone FROM app_user WHERE id = $1 AND status = 'active'`, [userId]);
  }

  /** The organisation's active members, sorted by address. */
  async activeContactsOfOrg(db: Queryable, orgId: string): Promise<UserContact[]> {
    return db.query(
      `SELECT id AS "userId", email, phone FROM app_user WHERE org_id = $1 AND status = 'active' ORDER BY email`,
      [orgId],
    );
  }
}
