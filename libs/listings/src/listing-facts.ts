import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, ResourceFacts } from '../../shared/auth/index.js';
import type { ListingKind } from './listing.types.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TABLE: Record<ListingKind, string> = { need: 'tech_need', achievement: 'achievement', challenge: 'challenge' };

/**
 * Facts of listings for the authorisation guard: owner, region and the states the read rules
 * name (`published`, `published-public` for what anonymous visitors may see, `closed`), and
 * whether the caller's organisation applied to a challenge (`applicant`).
 */
@Injectable()
export class ListingFactsReader {
  constructor(private readonly ds: DataSource) {}

  async listing(kind: ListingKind, id: string, caller: Caller | undefined): Promise<ResourceFacts | null> {
    if (!UUID.test(id)) return null;
    const audience = kind === 'need' ? `visibility` : `'public'`;
    const applied =
      kind === 'challenge' && caller
        ? `EXISTS (SELECT 1 FROM challenge_application a WHERE a.challenge_id = l.id AND a.org_id = $2)`
        : 'false';
    const [row]: { org_id: string; region_code: string; status: string; audience: string; applied: boolean }[] =
      await this.ds.query(
        `SELECT l.org_id, l.region_code, l.status, ${audience} AS audience, ${applied} AS applied FROM ${TABLE[kind]} l WHERE l.id = $1`,
        kind === 'challenge' && caller ? [id, caller.orgId] : [id],
      );
    if (!row) return null;
    const states: string[] = [row.status];
    if (row.status === 'published')
      states.push(row.audience === 'verified' ? 'published-verified' : 'published-public');
    return {
      orgs: { owner: row.org_id, applicant: row.applied && caller ? caller.orgId : null },
      regions: { home: row.region_code },
      states,
    };
  }
}
