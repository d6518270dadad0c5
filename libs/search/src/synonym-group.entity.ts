import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Words that mean the same (锂电池 = 锂离子电池); every term is a synonym of every other. */
@Entity('search_synonym_group')
export class SynonymGroup {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Column({ type: 'text', array: true })
  terms: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
