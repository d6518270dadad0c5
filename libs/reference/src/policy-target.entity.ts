import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A quantified target set by a local plan (seeds/reference/policy-targets.csv). */
@Entity('policy_target')
export class PolicyTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'region_code', type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode: string;

  @Column({ name: 'indicator_name', type: 'text' })
  indicatorName: string;

  @Column({ type: 'text', nullable: true })
  perspective: 'absorption' | 'output' | 'registered' | null;

  @Column({ name: 'target_year', type: 'int' })
  targetYear: number;

  /** numeric(20,2) comes back as a string: exact, never a float. */
  @Column({ type: 'numeric', precision: 20, scale: 2 })
  value: string;

  @Column({ type: 'text' })
  unit: 'yuan' | 'count' | 'percent';

  @Column({ type: 'text' })
  comparison: 'gt' | 'gte' | 'eq';

  @Column({ name: 'source_doc', type: 'text' })
  sourceDoc: string;

  @Column({ name: 'source_quote', type: 'text' })
  sourceQuote: string;
}
