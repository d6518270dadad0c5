import { Injectable } from '@nestjs/common';
import type { ListingKind } from '../../listings/src/index.js';
import { returningRows, type Queryable } from '../../shared/database/index.js';

export interface ExternalRef {
  kind: ListingKind;
  org_id: string;
  listing_id: string | null;
}

/** exchange_external_ref: a partner's own id of a listing it pushed, reserved before the listing exists. */
@Injectable()
export class ExternalRefRepository {
  async find(db: Queryable, partner: string, externalId: string): Promise<ExternalRef | undefined> {
    const [ref]: ExternalRef[] = await db.query(
      `SELECT kind, org_id, listing_id FROM exchange_external_ref WHERE partner = $1 AND external_id = $2`,
      [partner, externalId],
    );
    return ref;
  }

  /** Reserves the id; false when it exists already. */
  async reserve(
    db: Queryable,
    r: { partner: string; externalId: string; kind: ListingKind; orgId: string; keyId: string },
  ): Promise<boolean> {
    const inserted: unknown[] = await db.query(
      `INSERT INTO exchange_external_ref (partner, external_id, kind, org_id, key_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (partner, external_id) DO NOTHING RETURNING external_id`,
      [r.partner, r.externalId, r.kind, r.orgId, r.keyId],
    );
    return inserted.length > 0;
  }

  /** Takes over a reservation of the same kind and organisation left without a listing for `staleSecs`. */
  async takeOverStale(
    db: Queryable,
    r: { partner: string; externalId: string; kind: ListingKind; orgId: string; keyId: string },
    staleSecs: number,
  ): Promise<boolean> {
    const taken = await returningRows(
      db,
      `UPDATE exchange_external_ref SET updated_at = now(), key_id = $5
        WHERE partner = $1 AND external_id = $2 AND kind = $3 AND org_id = $4 AND listing_id IS NULL
          AND updated_at < now() - make_interval(secs => $6)
       RETURNING external_id`,
      [r.partner, r.externalId, r.kind, r.orgId, r.keyId, staleSecs],
    );
    return taken.length > 0;
  }

  /** Gives up a reservation that got no listing. */
  async release(db: Queryable, partner: string, externalId: string): Promise<void> {
    await db.query(`DELETE FROM exchange_external_ref WHERE partner = $1 AND external_id = $2 AND listing_id IS NULL`, [
      partner,
      externalId,
    ]);
  }

  async link(db: Queryable, partner: string, externalId: string, listingId: string): Promise<void> {
    await db.query(
      `UPDATE exchange_external_ref SET listing_id = $3, updated_at = now() WHERE partner = $1 AND external_id = $2`,
      [partner, externalId, listingId],
    );
  }

  async touch(db: Queryable, partner: string, externalId: string, keyId: string): Promise<void> {
    await db.query(
      `UPDATE exchange_external_ref SET updated_at = now(), key_id = $3 WHERE partner = $1 AND external_id = $2`,
      [partner, externalId, keyId],
    );
  }
}
