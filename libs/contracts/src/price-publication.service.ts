import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { RegionService } from '../../reference/src/index.js';
import { Clock } from './clock.js';
import { ContractRepository } from './contract.repository.js';
import { canApply } from './contract-status.js';
import {
  ContractNotFoundError,
  ContractsError,
  ContractsErrorCode,
  ContractValidationError,
} from './contracts.errors.js';
import { MIN_PUBLICATION_DAYS, requiresPricePublication } from './price-publication.rules.js';
import { addDays } from './working-days.js';
import { inTransaction } from '../../shared/database/index.js';

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

/** 协议定价公示: the seller publishes the deal; anyone signed in may object while it runs. */
@Injectable()
export class PricePublicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrgDirectoryService,
    private readonly clock: Clock,
  ) {}

  async publish(
    principal: Principal,
    contractId: string,
    input: { startOn?: string; days?: number },
    outer?: EntityManager,
  ): Promise<PublicationView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const c = await this.repo.get(em, contractId, true);
        if (c.seller_org_id !== principal.orgId) {
          if (await this.repo.canRead(principal, c))
            throw new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有卖方机构可以发布协议定价公示');
          throw new ContractNotFoundError(contractId);
        }
        const seller = await this.orgs.summary(c.seller_org_id, em);
        if (
          !requiresPricePublication({
            typeCode: c.contract_type_code,
            negotiatedPrice: c.negotiated_price,
            sellerOrgType: seller?.type ?? '',
          })
        ) {
          throw new ContractsError(
            ContractsErrorCode.PUBLICATION_NOT_APPLICABLE,
            '只有高校、科研院所以协议定价方式转让或许可的合同需要公示',
          );
        }
        if (!canApply(c.status, 'publish_price'))
          throw new ContractsError(ContractsErrorCode.CONTRACT_ALREADY_CERTIFIED, '合同已认定登记');
        const today = this.clock.today();
        const startOn = input.startOn ?? today;
        const days = input.days ?? MIN_PUBLICATION_DAYS;
        const problems = [];
        if (!/^\d{4}-\d{2}-\d{2}$/.test(startOn) || startOn < today)
          problems.push({ field: 'startOn', messages: ['公示开始日期不能早于今天'] });
        if (!Number.isInteger(days) || days < MIN_PUBLICATION_DAYS || days > 90)
          problems.push({ field: 'days', messages: [`公示期为 ${MIN_PUBLICATION_DAYS}–90 日`] });
        if (problems.length) throw new ContractValidationError(problems);
        const [existing] = await em.query(`SELECT 1 FROM price_publication WHERE contract_id = $1`, [contractId]);
        if (existing) throw new ContractsError(ContractsErrorCode.PUBLICATION_EXISTS, '该合同已发布过协议定价公示');
        const [{ id }]: { id: string }[] = await em.query(
          `INSERT INTO price_publication (contract_id, title, seller_name, buyer_name, price_fen, mode, region_code, start_on, end_on, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
          [
            contractId,
            c.title,
            c.seller_name,
            c.buyer_name,
            c.contract_amount_fen,
            c.contract_type_code,
            c.seller_region_code,
            startOn,
            addDays(startOn, days),
            principal.userId,
          ],
        );
        await this.audit.record(em, {
          actor: principal,
          action: 'contract.price_publication',
          targetType: 'tech_contract',
          targetId: contractId,
          regionCode: c.seller_region_code,
          after: { publicationId: id, startOn, days },
        });
        const [row] = await em.query(`SELECT ${COLUMNS} FROM price_publication p WHERE p.id = $1`, [id]);
        return toView(row);
      },
      outer,
    );
  }

  /** Publications running today, readable without login. */
  async current(q: PageRequest & { region?: string }): Promise<Page<PublicationView>> {
    const today = this.clock.today();
    const params: unknown[] = [today];
    let where = `p.start_on <= $1 AND p.end_on > $1`;
    if (q.region) {
      params.push(await this.regions.subtreeCodes(q.region));
      where += ` AND p.region_code = ANY($2)`;
    }
    const [{ n }] = await this.ds.query(`SELECT count(*)::int AS n FROM price_publication p WHERE ${where}`, params);
    const rows = await this.ds.query(
      `SELECT ${COLUMNS} FROM price_publication p WHERE ${where} ORDER BY p.start_on DESC, p.id LIMIT ${Number(q.pageSize)} OFFSET ${pageOffset(q)}`,
      params,
    );
    return toPage(rows.map(toView), n, q);
  }

  async object(
    principal: Principal,
    publicationId: string,
    input: { submitterName: string; contact?: string; content: string },
    outer?: EntityManager,
  ): Promise<ObjectionView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const [pub]: { id: string; start_on: string; end_on: string; contract_id: string; region_code: string }[] =
          await em.query(
            `SELECT id, contract_id, region_code, start_on::text AS start_on, end_on::text AS end_on FROM price_publication WHERE id = $1`,
            [publicationId],
          );
        if (!pub)
          throw new ContractsError(ContractsErrorCode.PUBLICATION_NOT_FOUND, '公示不存在', { id: publicationId });
        const today = this.clock.today();
        if (today < pub.start_on || today >= pub.end_on)
          throw new ContractsError(ContractsErrorCode.PUBLICATION_CLOSED, '不在公示期内，不能提出异议', {
            startOn: pub.start_on,
            endOn: pub.end_on,
          });
        const [row]: Record<string, unknown>[] = await em.query(
          `INSERT INTO price_publication_objection (publication_id, submitted_by, submitter_name, contact, content)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, submitter_name, contact, content, submitted_at`,
          [publicationId, principal.userId, input.submitterName, input.contact ?? null, input.content],
        );
        await this.audit.record(em, {
          actor: principal,
          action: 'contract.price_objection',
          targetType: 'price_publication',
          targetId: publicationId,
          regionCode: pub.region_code,
        });
        return objectionView(row!);
      },
      outer,
    );
  }

  /** Objections, oldest first, for the seller and the bureaus above the seller's region. */
  async objections(principal: Principal, publicationId: string, q: PageRequest): Promise<Page<ObjectionView>> {
    const [pub]: { contract_id: string }[] = await this.ds.query(
      `SELECT contract_id FROM price_publication WHERE id = $1`,
      [publicationId],
    );
    if (!pub) throw new ContractsError(ContractsErrorCode.PUBLICATION_NOT_FOUND, '公示不存在', { id: publicationId });
    const c = await this.repo.get(this.ds.manager, pub.contract_id);
    const allowed =
      isPlatformAdmin(principal) ||
      c.seller_org_id === principal.orgId ||
      (isBureau(principal) && (await this.regions.isWithin(c.seller_region_code, principal.regionCode)));
    if (!allowed) throw new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有卖方和辖区科技局可以查看异议');
    const [{ n }]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM price_publication_objection WHERE publication_id = $1`,
      [publicationId],
    );
    const rows: Record<string, unknown>[] = await this.ds.query(
      `SELECT id, submitter_name, contact, content, submitted_at FROM price_publication_objection WHERE publication_id = $1
        ORDER BY submitted_at, id LIMIT ${Number(q.pageSize)} OFFSET ${pageOffset(q)}`,
      [publicationId],
    );
    return toPage(rows.map(objectionView), n, q);
  }
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
