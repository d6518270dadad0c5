import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { OrgType } from '../../shared/auth/index.js';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import { Organization, type VerificationStatus } from './organization.entity.js';

export interface OrgFilter {
  /** Within the subtree of each of these regions (reference's region_subtree view). */
  within?: string[];
  status?: VerificationStatus;
  type?: OrgType;
  /** Part of the name. */
  nameLike?: string;
}

/** What an organisation registers, and may correct while its verification is pending. */
export type RegistrationFields = Pick<
  Organization,
  'name' | 'creditCode' | 'regionCode' | 'contactName' | 'contactPhone' | 'contactEmail' | 'address'
>;

type OptionalOrgFields = 'contactName' | 'contactPhone' | 'contactEmail' | 'address' | 'rejectionReason' | 'verifiedBy';

export type NewOrganization = Pick<
  Organization,
  'type' | 'name' | 'creditCode' | 'regionCode' | 'verificationStatus' | 'reviewListings'
> &
  Partial<Pick<Organization, OptionalOrgFields>>;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The organization table. Methods take the caller's EntityManager (its transaction, or the DataSource's manager). */
@Injectable()
export class OrganizationRepository {
  find(db: EntityManager, id: string): Promise<Organization | null> {
    return db.getRepository(Organization).findOneBy({ id });
  }

  get(db: EntityManager, id: string): Promise<Organization> {
    return db.getRepository(Organization).findOneByOrFail({ id });
  }

  /** FOR UPDATE: serialises changes to one organisation's record. */
  lock(db: EntityManager, id: string): Promise<Organization> {
    return db.getRepository(Organization).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * Serialises changes to who administers the organisation (roles, disabling, hand-over): two
   * admins demoting each other at once take turns, and the second sees the first's result.
   * NO KEY UPDATE: rows that reference the organisation can still be inserted meanwhile. Waits
   * at most the pool's lock_timeout (then 409 RESOURCE_BUSY).
   */
  async lockMembership(db: Queryable, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(`SELECT id FROM organization WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return rows.length > 0;
  }

  /** Suspends or reinstates; false when the version moved or the state was not the expected one. */
  async setSuspended(db: Queryable, id: string, version: number, reason: string | null): Promise<boolean> {
    const rows = await returningRows(
      db,
      reason === null
        ? `UPDATE organization SET suspended_at = NULL, suspension_reason = NULL, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 AND suspended_at IS NOT NULL RETURNING id`
        : `UPDATE organization SET suspended_at = now(), suspension_reason = $3, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 AND suspended_at IS NULL RETURNING id`,
      reason === null ? [id, version] : [id, version, reason],
    );
    return rows.length > 0;
  }

  /** The platform's correction of an organisation's details (its verification stands). */
  async updateDetails(db: Queryable, id: string, version: number, r: RegistrationFields): Promise<boolean> {
    const rows = await returningRows(
      db,
      `UPDATE organization SET name = $3, credit_code = $4, region_code = $5, contact_name = $6, contact_phone = $7, contact_email = $8, address = $9,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, r.name, r.creditCode, r.regionCode, r.contactName, r.contactPhone, r.contactEmail, r.address],
    );
    return rows.length > 0;
  }

  findMany(db: EntityManager, ids: string[]): Promise<Organization[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return db.getRepository(Organization).findBy({ id: In([...new Set(ids)]) });
  }

  findByCreditCodes(db: EntityManager, codes: string[]): Promise<Organization[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return db.getRepository(Organization).findBy({ creditCode: In([...new Set(codes)]) });
  }

  /** A page of organisations, newest first, and how many match. */
  async page(db: EntityManager, f: OrgFilter, skip: number, take: number): Promise<[Organization[], number]> {
    const qb = db.getRepository(Organization).createQueryBuilder('o');
    (f.within ?? []).forEach((root, i) =>
      qb.andWhere(`o.region_code IN (SELECT region_code FROM region_subtree WHERE root_code = :root${i})`, {
        [`root${i}`]: root,
      }),
    );
    if (f.status !== undefined) qb.andWhere('o.verification_status = :status', { status: f.status });
    if (f.type !== undefined) qb.andWhere('o.type = :type', { type: f.type });
    if (f.nameLike !== undefined) qb.andWhere(`o.name ILIKE :q ESCAPE '\\'`, { q: `%${escapeLike(f.nameLike)}%` });
    return qb.orderBy('o.created_at', 'DESC').addOrderBy('o.id', 'ASC').skip(skip).take(take).getManyAndCount();
  }

  /**
   * The bureaus nearest above (or at) the region, whatever their status: whether any of them
   * reviews listings, or undefined without a bureau above.
   */
  async nearestBureausReviewListings(db: Queryable, regionCode: string): Promise<boolean | undefined> {
    const rows: { review: boolean }[] = await db.query(
      `SELECT bool_or(o.review_listings) AS review
         FROM organization o JOIN region_subtree s ON s.root_code = o.region_code
        WHERE s.region_code = $1 AND o.type = 'bureau'
        GROUP BY s.depth ORDER BY s.depth ASC LIMIT 1`,
      [regionCode],
    );
    return rows[0]?.review;
  }

  /** The bureaus at the nearest level at or above `regionCode` that has any (the region's registries and reviewers). */
  async nearestBureaus(db: Queryable, regionCode: string): Promise<string[]> {
    const rows: { ids: string[] }[] = await db.query(
      `SELECT array_agg(o.id ORDER BY o.id) AS ids
         FROM organization o JOIN region_subtree s ON s.root_code = o.region_code
        WHERE s.region_code = $1 AND o.type = 'bureau' AND o.verification_status = 'verified'
        GROUP BY s.depth ORDER BY s.depth ASC LIMIT 1`,
      [regionCode],
    );
    return rows[0]?.ids ?? [];
  }

  /** The platform operator's organisations. */
  async platformIds(db: Queryable): Promise<string[]> {
    const rows: { id: string }[] = await db.query(`SELECT id FROM organization WHERE type = 'platform' ORDER BY id`);
    return rows.map((r) => r.id);
  }

  /** A bureau's verification decision; false when the version moved or it was decided already. */
  async decide(
    db: Queryable,
    id: string,
    version: number,
    status: 'verified' | 'rejected',
    reason: string | null,
    by: string,
  ): Promise<boolean> {
    const rows = await returningRows(
      db,
      `UPDATE organization
          SET verification_status = $3, rejection_reason = $4, verified_by = $5, verified_at = now(),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND verification_status = 'pending'
        RETURNING id`,
      [id, version, status, reason, by],
    );
    return rows.length > 0;
  }

  /** Optimistic: false when the version moved. */
  async setReviewListings(db: Queryable, id: string, version: number, reviewListings: boolean): Promise<boolean> {
    const rows = await returningRows(
      db,
      `UPDATE organization SET review_listings = $3, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, reviewListings],
    );
    return rows.length > 0;
  }

  /** The organisation's own registration details; it goes back to pending review. */
  async updateRegistration(db: Queryable, id: string, version: number, r: RegistrationFields): Promise<void> {
    await returningRows(
      db,
      `UPDATE organization SET name = $3, credit_code = $4, region_code = $5, contact_name = $6, contact_phone = $7, contact_email = $8, address = $9,
              verification_status = 'pending', rejection_reason = NULL, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 RETURNING id`,
      [id, version, r.name, r.creditCode, r.regionCode, r.contactName, r.contactPhone, r.contactEmail, r.address],
    );
  }

  async insert(db: Queryable, o: NewOrganization): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO organization (type, name, credit_code, region_code, contact_name, contact_phone, contact_email, address,
                                 verification_status, rejection_reason, verified_by, verified_at, review_listings)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $9 = 'verified' THEN now() END, $12)
       RETURNING id`,
      [
        o.type,
        o.name,
        o.creditCode,
        o.regionCode,
        o.contactName ?? null,
        o.contactPhone ?? null,
        o.contactEmail ?? null,
        o.address ?? null,
        o.verificationStatus,
        o.rejectionReason ?? null,
        o.verifiedBy ?? null,
        o.reviewListings,
      ],
    );
    return id!;
  }

  /** Until commit, the only one provisioning a bureau for `regionCode` (the next waits, then sees it). */
  async lockBureauRegion(db: Queryable, regionCode: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('bureau-region:' || $1))`, [regionCode]);
  }

  /** The name of the region's bureau that is not rejected, if there is one. */
  async bureauAt(db: Queryable, regionCode: string): Promise<string | undefined> {
    const [row]: { name: string }[] = await db.query(
      `SELECT name FROM organization WHERE type = 'bureau' AND region_code = $1 AND verification_status <> 'rejected' LIMIT 1`,
      [regionCode],
    );
    return row?.name;
  }

  /** What the authorisation guard reads of an organisation. */
  async facts(
    db: Queryable,
    id: string,
  ): Promise<{ type: string; region_code: string; verification_status: string } | undefined> {
    const [row]: { type: string; region_code: string; verification_status: string }[] = await db.query(
      `SELECT type, region_code, verification_status FROM organization WHERE id = $1`,
      [id],
    );
    return row;
  }
}
