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

  /** First year the target counts (cumulative and level targets: the plan's first year; annual: the target year). */
  @Column({ name: 'from_year', type: 'int' })
  fromYear: number;

  @Column({ type: 'text' })
  accumulation: 'annual' | 'cumulative' | 'level';

  /** The year a "翻番" (ratio to base) target compares with. */
  @Column({ name: 'base_year', type: 'int', nullable: true })
  baseYear: number | null;

  /** numeric(20,2) comes back as a string: exact, never a float. */
  @Column({ type: 'numeric', precision: 20, scale: 2 })
  value: string;

  @Column({ type: 'text' })
  unit: 'yuan' | 'count' | 'percent';

  @Column({ type: 'text' })
  comparison: 'gt' | 'gte' | 'eq';

  /** The plan a bureau added it under; null for the seeded targets. */
  @Column({ name: 'plan_id', type: 'int', nullable: true })
  planId: number | null;

  /** 1 as loaded or added; each revision adds one (its previous values are in policy_target_revision). */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'source_doc', type: 'text' })
  sourceDoc: string;

  @Column({ name: 'source_quote', type: 'text' })
  sourceQuote: string;
}
