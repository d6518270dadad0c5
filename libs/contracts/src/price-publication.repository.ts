import { Injectable } from '@nestjs/common';
import { returningRows, type Queryable } from '../../shared/database/index.js';
import type { ContractParties, ContractRow } from './contract.row.js';

export interface PublicationView {
  id: string;
  contractId: string;
  title: string;
  sellerName: string;
  buyerName: string;
  priceFen: string;
  mode: 'transfer' | 'licence';
  regionCode: string;
  startOn: string;
  endOn: string;
  objectionCount: number;
}

export interface ObjectionView {
  id: string;
  submitterName: string;
  contact: string | null;
  content: string;
  submittedAt: string;
}

export interface PublicationPeriod {
  id: string;
  contract_id: string;
  region_code: string;
  start_on: string;
  end_on: string;
}

const COLUMNS = `p.id, p.contract_id, p.title, p.seller_name, p.buyer_name, p.price_fen, p.mode, p.region_code,
  p.start_on::text AS start_on, p.end_on::text AS end_on,
  (SELECT count(*)::int FROM price_publication_objection o WHERE o.publication_id = p.id) AS objection_count`;

function toView(r: Record<string, unknown>): PublicationView {
  return {
    id: r.id as string,
    contractId: r.contract_id as string,
    title: r.title as string,
    sellerName: r.seller_name as string,
    buyerName: r.buyer_name as string,
    priceFen: r.price_fen as string,
    mode: r.mode as PublicationView['mode'],
    regionCode: r.region_code as string,
    startOn: r.start_on as string,
    endOn: r.end_on as string,
    objectionCount: r.objection_count as number,
  };
}

function objectionView(r: Record<string, unknown>): ObjectionView {
  return {
    id: r.id as string,
    submitterName: r.submitter_name as string,
    contact: r.contact as string | null,
    content: r.content as string,
    submittedAt: (r.submitted_at as Date).toISOString(),
  };
}

/** price_publication (协议定价公示) and its objections. Methods take the caller's EntityManager. */
@Injectable()
export class PricePublicationRepository {
  /** The contract's publication period, if it has one. */
  async ofContract(db: Queryable, contractId: string): Promise<{ id: string; end_on: string } | undefined> {
    const [pub]: { id: string; end_on: string }[] = await db.query(
      `SELECT id, end_on::text AS end_on FROM price_publication WHERE contract_id = $1`,
      [contractId],
    );
    return pub;
  }

  /** The deal as published: the contract's title, parties, price and type, for `days` from `startOn`. */
  async insert(
    db: Queryable,
    c: ContractRow,
    p: { startOn: string; endOn: string; createdBy: string },
  ): Promise<string> {
    const [{ id }] = await returningRows<{ id: string }>(
      db,
      `INSERT INTO price_publication (contract_id, title, seller_name, buyer_name, price_fen, mode, region_code, start_on, end_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        c.id,
        c.title,
        c.seller_name,
        c.buyer_name,
        c.contract_amount_fen,
        c.contract_type_code,
        c.seller_region_code,
        p.startOn,
        p.endOn,
        p.createdBy,
      ],
    );
    return id!;
  }

  async view(db: Queryable, id: string): Promise<PublicationView> {
    const [row]: Record<string, unknown>[] = await db.query(
      `SELECT ${COLUMNS} FROM price_publication p WHERE p.id = $1`,
      [id],
    );
    return toView(row!);
  }

  /** Publications running on `today`, newest first; with `regionCodes`, only those in them. */
  async running(
    db: Queryable,
    today: string,
    regionCodes: string[] | undefined,
    limit: number,
    offset: number,
  ): Promise<{ total: number; items: PublicationView[] }> {
    const params: unknown[] = [today];
    let where = `p.start_on <= $1 AND p.end_on > $1`;
    if (regionCodes) where += ` AND p.region_code = ANY($${params.push(regionCodes)})`;
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM price_publication p WHERE ${where}`,
      params,
    );
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT ${COLUMNS} FROM price_publication p WHERE ${where} ORDER BY p.start_on DESC, p.id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      params,
    );
    return { total: n, items: rows.map(toView) };
  }

  async period(db: Queryable, id: string): Promise<PublicationPeriod | undefined> {
    const [pub]: PublicationPeriod[] = await db.query(
      `SELECT id, contract_id, region_code, start_on::text AS start_on, end_on::text AS end_on FROM price_publication WHERE id = $1`,
      [id],
    );
    return pub;
  }

  async insertObjection(
    db: Queryable,
    publicationId: string,
    o: { submittedBy: string; submitterName: string; contact: string | null; content: string },
  ): Promise<ObjectionView> {
    const [row] = await returningRows<Record<string, unknown>>(
      db,
      `INSERT INTO price_publication_objection (publication_id, submitted_by, submitter_name, contact, content)
       VALUES ($1, $2, $3, $4, $5) RETURNING id, submitter_name, contact, content, submitted_at`,
      [publicationId, o.submittedBy, o.submitterName, o.contact, o.content],
    );
    return objectionView(row!);
  }

  /** Objections, oldest first, and how many there are. */
  async objections(
    db: Queryable,
    publicationId: string,
    limit: number,
    offset: number,
  ): Promise<{ total: number; items: ObjectionView[] }> {
    const [{ n }]: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM price_publication_objection WHERE publication_id = $1`,
      [publicationId],
    );
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT id, submitter_name, contact, content, submitted_at FROM price_publication_objection WHERE publication_id = $1
        ORDER BY submitted_at, id LIMIT ${Number(limit)} OFFSET ${Number(offset)}`,
      [publicationId],
    );
    return { total: n, items: rows.map(objectionView) };
  }

  /** The parties of the publication's contract, for the authorisation guard. */
  async contractParties(db: Queryable, id: string): Promise<ContractParties | undefined> {
    const [row]: ContractParties[] = await db.query(
      `SELECT c.seller_org_id, c.buyer_org_id, c.intermediary_org_id, c.created_by_org_id, c.seller_region_code, c.buyer_region_code
         FROM price_publication p JOIN tech_contract c ON c.id = p.contract_id WHERE p.id = $1`,
      [id],
    );
    return row;
  }
}
