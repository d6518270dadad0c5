import { Column, Entity } from 'typeorm';
import { ListingBase } from './listing-base.js';

/** 揭榜挂帅: a key technical problem with a reward, published by a bureau or enterprise. */
@Entity('challenge')
export class Challenge extends ListingBase {
  @Column({ name: 'reward_fen', type: 'bigint' })
  rewardFen: string;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ name: 'awarded_application_id', type: 'uuid', nullable: true })
  awardedApplicationId: string | null;
}
