import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A change to relay outside the database, written in the same transaction as the change. */
@Entity('outbox_message')
export class OutboxMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ name: 'aggregate_key', type: 'text' })
  aggregateKey: string;

  @Column({ name: 'aggregate_version', type: 'int', nullable: true })
  aggregateVersion: number | null;

  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  /** Not handed to a handler while an earlier row of this aggregate key is unprocessed. */
  @Column({ name: 'after_key', type: 'text', nullable: true })
  afterKey: string | null;

  /** Claimed only when no ordinary row is ready (OutboxEntry.background). */
  @Column({ type: 'boolean', default: false })
  background: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'available_at', type: 'timestamptz' })
  availableAt: Date;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
