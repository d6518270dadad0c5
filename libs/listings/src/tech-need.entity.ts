import { Column, Entity } from 'typeorm';
import { ListingBase } from './listing-base.js';
import type { CooperationMode, NeedVisibility } from './listing.types.js';

/** 技术需求, posted by an enterprise. Amounts in fen (bigint, read as string). */
@Entity('tech_need')
export class TechNeed extends ListingBase {
  @Column({ type: 'text', nullable: true })
  industry: string | null;

  @Column({ name: 'budget_min_fen', type: 'bigint', nullable: true })
  budgetMinFen: string | null;

  @Column({ name: 'budget_max_fen', type: 'bigint', nullable: true })
  budgetMaxFen: string | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ name: 'cooperation_modes', type: 'text', array: true, default: () => "'{}'" })
  cooperationModes: CooperationMode[];

  @Column({ type: 'text', default: 'public' })
  visibility: NeedVisibility;

  /** The company name is shown only to the owner, its brokers and the bureau. */
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;
}
