import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';
import { OrganizationRepository } from './organization.repository.js';
import { UserRepository } from './user.repository.js';
import { isUuid } from '../../shared/validation/index.js';

/** Facts of organisations and users for the authorisation guard. */
@Injectable()
export class IdentityFactsReader {
  constructor(
    private readonly ds: DataSource,
    private readonly orgs: OrganizationRepository,
    private readonly users: UserRepository,
  ) {}

  /** The organisation itself (`self`), its region (`home`), whether it is a bureau, and its verification status. */
  async organization(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const row = await this.orgs.facts(this.ds.manager, id);
    if (!row) return null;
    return {
      orgs: { self: id },
      regions: { home: row.region_code },
      states: [row.type === 'bureau' ? 'bureau' : 'not-bureau', row.verification_status],
    };
  }

  /** A user: the organisation it belongs to (`org`). */
  async member(id: string): Promise<ResourceFacts | null> {
    if (!isUuid(id)) return null;
    const orgId = await this.users.orgOf(this.ds.manager, id);
    return orgId ? { orgs: { org: orgId }, users: { self: id } } : null;
  }
}
