import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why a registry rejects a contract registration; a dated code table. */
@Entity('rejection_reason')
export class RejectionReason {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
