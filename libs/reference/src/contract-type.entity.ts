import { Column, Entity } from 'typeorm';
import { DatedCodeBase } from './dated-code-base.js';

/** A technology-contract type (parentCode null) or subtype; a dated code table. */
@Entity('contract_type')
export class ContractType extends DatedCodeBase {
  @Column({ name: 'parent_code', type: 'varchar', length: 48, nullable: true })
  parentCode: string | null;
}
