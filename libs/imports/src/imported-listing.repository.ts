import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { copyRows, type CopyValue } from '../../shared/database/index.js';
import type { PublishedListingSource } from '../../listings/src/index.js';

const STAGE = 'pg_temp.import_listing_stage';

const OWNED = `ord, org_id, $1::uuid AS created_by, title, description, keywords, tech_field_code, region_code, contact_name, contact_phone`;
/** What the listings lib inserts per kind (ListingPublication.publishFrom's source columns). */
const SOURCE_COLUMNS: Record<'need' | 'achievement', string> = {
  achievement: `${OWNED}, registry_number, achievement_type, trl, transfer_modes, price_fen, negotiable`,
  need: `${OWNED}, industry, budget_min_fen, budget_max_fen, deadline, cooperation_modes`,
};

/**
 * Listings of a commit batch (issue 21, imports near COPY): the batch's checked rows (owners
 * resolved, duplicates sorted out) are copied into a temporary staging table on the
 * transaction's own connection, from which the listings lib inserts them published, with their
 * events, in one statement. The staging table lives in the session (no WAL) and empties at commit.
 */
@Injectable()
export class ImportedListingRepository {
  /**
   * Copies the rows (in the column order of the table below) into the staging table, created by
   * the first batch of each pooled connection (`IF NOT EXISTS` every time, as for contracts: a
   * batch that rolls back takes the table's creation with it). One table for both kinds: the
   * other kind's columns stay NULL.
   */
  async stage(em: EntityManager, rows: Iterable<readonly CopyValue[]>): Promise<number> {
    await em.query(`CREATE TEMP TABLE IF NOT EXISTS import_listing_stage (
        ord int NOT NULL, org_id uuid NOT NULL, title text NOT NULL, description text NOT NULL, keywords text[] NOT NULL,
        tech_field_code text NOT NULL, region_code text NOT NULL, contact_name text, contact_phone text,
        registry_number text, achievement_type text, trl smallint, transfer_modes text[], price_fen bigint, negotiable boolean,
        industry text, budget_min_fen bigint, budget_max_fen bigint, deadline date, cooperation_modes text[]
      ) ON COMMIT DELETE ROWS`);
    return copyRows(em, STAGE, rows);
  }

  /** The staged rows as the listings lib's source, created by `createdBy` (the importing bureau's user). */
  source(kind: 'need' | 'achievement', createdBy: string): PublishedListingSource {
    return { sql: `SELECT ${SOURCE_COLUMNS[kind]} FROM ${STAGE}`, params: [createdBy] };
  }
}
