import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ApplicationStatus = 'submitted' | 'awarded' | 'not_awarded' | 'withdrawn';

/** 揭榜: a team's application to a challenge; the challenge owner awards one. */
@Entity('challenge_application')
export class ChallengeApplication {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'challenge_id', type: 'uuid' })
  challengeId: string;

  @Column({ name: 'org_id', type: 'uuid' })
  orgId: string;

  @Column({ name: 'applied_by', type: 'uuid' })
  appliedBy: string;

  @Column({ name: 'team_name', type: 'text' })
  teamName: string;

  @Column({ type: 'text' })
  proposal: string;

  @Column({ type: 'text', default: 'submitted' })
  status: ApplicationStatus;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
