import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrgType } from '../../shared/auth/index.js';

export type VerificationStatus = 'pending' | 'verified' | 'rejected';

/** An organisation of the market; only a verified one may publish or register contracts. */
@Entity('organization')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: OrgType;

  @Column({ type: 'text' })
  name: string;

  /** 统一社会信用代码 (GB 32100-2015); bureaus and the platform may use their own code. */
  @Column({ name: 'credit_code', type: 'varchar', length: 32 })
  creditCode: string;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'verification_status', type: 'text' })
  verificationStatus: VerificationStatus;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'verified_by', type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** Set while a bureau or the platform has suspended the organisation: it acts as unverified. */
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason: string | null;

  /** For bureaus: whether listings in the region wait for review before publication. */
  @Column({ name: 'review_listings', type: 'boolean' })
  reviewListings: boolean;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
