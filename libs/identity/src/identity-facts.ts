import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ResourceFacts } from '../../shared/auth/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Facts of organisations and users for the authorisation guard. */
@Injectable()
export class IdentityFactsReader {
  constructor(private readonly ds: DataSource) {}

  /** The organisation itself (`self`), its region (`home`), whether it is a bureau, and its verification status. */
  async organization(id: string): Promise<ResourceFacts | null> {
    if (!UUID.test(id)) return null;
    const [row]: { type: string; region_code: string; verification_status: string }[] = await this.ds.query(
      `SELECT type, region_code, verification_status FROM organization WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    return {
      orgs: { self: id },
      regions: { home: row.region_code },
      states: [row.type === 'bureau' ? 'bureau' : 'not-bureau', row.verification_status],
    };
  }

  /** A user: the organisation it belongs to (`org`). */
  async member(id: string): Promise<ResourceFacts | null> {
    if (!UUID.test(id)) return null;
    const [row]: { org_id: string }[] = await this.ds.query(`SELECT org_id FROM app_user WHERE id = $1`, [id]);
    return row ? { orgs: { org: row.org_id }, users: { self: id } } : null;
  }
}
