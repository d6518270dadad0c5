import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A technology-contract type (parentCode null) or subtype; a dated code table. */
@Entity('contract_type')
export class ContractType {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 48, nullable: true })
  parentCode: string | null;

  @Column({ name: 'sort_order', type: 'int' })
  sortOrder: number;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
