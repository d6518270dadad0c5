import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import { JobQueue, JobRunner, type JobHandler } from '../../shared/jobs/index.js';
import { SearchIndex } from './search-index.port.js';
import { SynonymsForbiddenError, SynonymsInvalidError } from './search.errors.js';
import type { SynonymGroup } from './synonym-group.entity.js';
import { SynonymRepository } from './synonym.repository.js';
import { synonymMap } from './synonyms.js';

/** The search lib's own queue: push the synonym table to the engine after a change. */
export const SYNONYMS_QUEUE = 'search.synonyms';

export interface SynonymGroupInput {
  terms: string[];
  note?: string;
}

/**
 * The synonym table (editable by the platform admin). Chinese 2–4 character words get no typo
 * tolerance from the engine, so synonyms carry 简称/全称 and near-synonyms. A change queues a
 * job in its transaction; the worker then pushes the table to every index that registered for it.
 */
@Injectable()
export class SynonymService implements OnModuleInit, JobHandler {
  readonly queue = SYNONYMS_QUEUE;
  private readonly indexes = new Set<string>();

  constructor(
    private readonly ds: DataSource,
    private readonly search: SearchIndex,
    private readonly jobs: JobQueue,
    private readonly runner: JobRunner,
    private readonly groups: SynonymRepository,
  ) {}

  onModuleInit(): void {
    this.runner.register(this);
  }

  /** Indexes whose synonyms follow this table. */
  registerIndex(name: string): void {
    this.indexes.add(name);
  }

  async list(): Promise<SynonymGroup[]> {
    return this.groups.all(this.ds.manager);
  }

  async map(): Promise<Record<string, string[]>> {
    return synonymMap(await this.list());
  }

  async replace(principal: Principal, groups: SynonymGroupInput[]): Promise<SynonymGroup[]> {
    if (!isPlatformAdmin(principal) && !principal.permissions.has(Permission.CODE_TABLES_MANAGE))
      throw new SynonymsForbiddenError();
    const seen = new Map<string, number>();
    groups.forEach((g, i) => {
      const terms = new Set(g.terms.map((t) => t.trim()));
      if (terms.size < 2)
        throw new SynonymsInvalidError('每组同义词至少需要两个不同的词', [
          { field: `groups.${i}.terms`, messages: ['至少两个不同的词'] },
        ]);
      for (const t of terms) {
        if (seen.has(t) && seen.get(t) !== i) {
          throw new SynonymsInvalidError(`“${t}”出现在多个同义词组中`, [
            { field: `groups.${i}.terms`, messages: [`“${t}”重复`] },
          ]);
        }
        seen.set(t, i);
      }
    });
    await this.ds.transaction(async (em) => {
      await this.groups.replaceAll(
        em,
        groups.map((g) => ({ terms: [...new Set(g.terms.map((t) => t.trim()))], note: g.note ?? null })),
      );
      await this.jobs.enqueue(em, { queue: SYNONYMS_QUEUE, key: 'synonyms' });
    });
    return this.list();
  }

  async handle(): Promise<void> {
    const synonyms = await this.map();
    for (const name of this.indexes) await this.search.updateSynonyms(name, synonyms);
  }
}
