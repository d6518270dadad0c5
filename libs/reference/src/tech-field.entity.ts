import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One of the technical fields (技术领域) of contract registration; a dated code table. */
@Entity('tech_field')
export class TechField {
  @PrimaryColumn({ type: 'varchar', length: 16 })
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
