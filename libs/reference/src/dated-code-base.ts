import { Column, PrimaryColumn } from 'typeorm';

/**
 * Columns every dated code table has (tech_field, contract_type, rejection_reason): a code, its
 * name, the display order and the dates it is in force. The code's width differs per table; the
 * migrations, which alone create tables, hold it.
 */
export abstract class DatedCodeBase {
  @PrimaryColumn({ type: 'varchar' })
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
