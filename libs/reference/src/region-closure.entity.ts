import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every (ancestor, descendant) pair, depth 0 for a region itself: "all under X" is one lookup. */
@Entity('region_closure')
export class RegionClosure {
  @PrimaryColumn({ name: 'ancestor_code', type: 'varchar', length: 6 })
  ancestorCode: string;

  @PrimaryColumn({ name: 'descendant_code', type: 'varchar', length: 6 })
  descendantCode: string;

  @Column({ type: 'smallint' })
  depth: number;
}
