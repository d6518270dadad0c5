import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SynonymGroup } from './synonym-group.entity.js';

/** search_synonym_group: the platform admin's synonym table. */
@Injectable()
export class SynonymRepository {
  all(db: EntityManager): Promise<SynonymGroup[]> {
    return db.getRepository(SynonymGroup).find({ order: { id: 'ASC' } });
  }

  /** The whole table at once (the admin edits it as one list). */
  async replaceAll(db: EntityManager, groups: { terms: string[]; note: string | null }[]): Promise<void> {
    await db.query('DELETE FROM search_synonym_group');
    for (const g of groups) {
      await db.query('INSERT INTO search_synonym_group (terms, note) VALUES ($1, $2)', [g.terms, g.note]);
    }
  }
}
