import { Column, Entity } from 'typeorm';
import { ListingBase } from './listing-base.js';
import type { AchievementType, TransferMode } from './listing.types.js';

export interface IpItem {
  kind: 'invention_patent' | 'utility_model' | 'design' | 'software_copyright' | 'other';
  number?: string;
  status?: string;
}

export interface TeamMember {
  name: string;
  title?: string;
}

/** 科技成果, registered by a university or research institute. */
@Entity('achievement')
export class Achievement extends ListingBase {
  /** 成果登记号: 3-char region + 4-digit year + 1 type char + 4-digit serial. */
  @Column({ name: 'registry_number', type: 'varchar', length: 12, nullable: true })
  registryNumber: string | null;

  @Column({ name: 'achievement_type', type: 'text' })
  achievementType: AchievementType;

  /** 技术成熟度 TRL 1–9 (GB/T 22900-2022). */
  @Column({ type: 'smallint' })
  trl: number;

  @Column({ name: 'ip_items', type: 'jsonb', default: () => "'[]'" })
  ipItems: IpItem[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  team: TeamMember[];

  @Column({ name: 'transfer_modes', type: 'text', array: true, default: () => "'{}'" })
  transferModes: TransferMode[];

  @Column({ name: 'price_fen', type: 'bigint', nullable: true })
  priceFen: string | null;

  @Column({ type: 'boolean', default: false })
  negotiable: boolean;
}
