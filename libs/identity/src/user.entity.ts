import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../shared/auth/index.js';

export type UserStatus = 'invited' | 'active' | 'disabled';

/** A person who signs in; belongs to exactly one organisation. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'text' })
  status: UserStatus;

  @Column({ name: 'invite_token_hash', type: 'text', nullable: true, select: false })
  inviteTokenHash: string | null;

  @Column({ name: 'invite_expires_at', type: 'timestamptz', nullable: true })
  inviteExpiresAt: Date | null;

  /** Encrypted (AES-256-GCM) TOTP secret; pending until totpEnabled. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  @Column({ name: 'totp_enabled', type: 'boolean' })
  totpEnabled: boolean;

  /** An administrator reset the password: the old one no longer logs in. */
  @Column({ name: 'password_reset_required', type: 'boolean' })
  passwordResetRequired: boolean;

  @Column({ name: 'failed_login_count', type: 'int' })
  failedLoginCount: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
