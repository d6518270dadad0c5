import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RegionLevel = 'province' | 'city' | 'county';

/** An administrative division (GB/T 2260 code); hierarchy by explicit parent code. */
@Entity('region')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode: string | null;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;
}
