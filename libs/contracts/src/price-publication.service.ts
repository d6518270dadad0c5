import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService } from '../../identity/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { RegionService } from '../../reference/src/index.js';
import { Clock } from './clock.js';
import { contractEvent, PRICE_OBJECTION_FILED, PRICE_PUBLICATION_STARTED } from './contract.events.js';
import { EventBus } from '../../shared/jobs/index.js';
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
import {
  PricePublicationRepository,
  type ObjectionView,
  type PublicationView,
} from './price-publication.repository.js';
import { inTransaction } from '../../shared/database/index.js';

export type { ObjectionView, PublicationView } from './price-publication.repository.js';

/** 协议定价公示: the seller publishes the deal; anyone signed in may object while it runs. */
@Injectable()
export class PricePublicationService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
    private readonly publications: PricePublicationRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly orgs: OrgDirectoryService,
    private readonly clock: Clock,
    private readonly events: EventBus,
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
            typeCode: c.contract_type_code ?? '',
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
        if (await this.publications.ofContract(em, contractId))
          throw new ContractsError(ContractsErrorCode.PUBLICATION_EXISTS, '该合同已发布过协议定价公示');
        const id = await this.publications.insert(em, c, {
          startOn,
          endOn: addDays(startOn, days),
          createdBy: principal.userId,
        });
        await this.audit.record(em, {
          actor: principal,
          action: 'contract.price_publication',
          targetType: 'tech_contract',
          targetId: contractId,
          regionCode: c.seller_region_code,
          after: { publicationId: id, startOn, days },
        });
        await this.events.publish(
          em,
          PRICE_PUBLICATION_STARTED,
          contractEvent({ contractId, status: c.status, publicationId: id }),
        );
        return this.publications.view(em, id);
      },
      outer,
    );
  }

  /** Publications running today, readable without login. */
  async current(q: PageRequest & { region?: string }): Promise<Page<PublicationView>> {
    const regionCodes = q.region ? await this.regions.subtreeCodes(q.region) : undefined;
    const { total, items } = await this.publications.running(
      this.ds.manager,
      this.clock.today(),
      regionCodes,
      q.pageSize,
      pageOffset(q),
    );
    return toPage(items, total, q);
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
        const pub = await this.publications.period(em, publicationId);
        if (!pub)
          throw new ContractsError(ContractsErrorCode.PUBLICATION_NOT_FOUND, '公示不存在', { id: publicationId });
        const today = this.clock.today();
        if (today < pub.start_on || today >= pub.end_on)
          throw new ContractsError(ContractsErrorCode.PUBLICATION_CLOSED, '不在公示期内，不能提出异议', {
            startOn: pub.start_on,
            endOn: pub.end_on,
          });
        const objection = await this.publications.insertObjection(em, publicationId, {
          submittedBy: principal.userId,
          submitterName: input.submitterName,
          contact: input.contact ?? null,
          content: input.content,
        });
        await this.audit.record(em, {
          actor: principal,
          action: 'contract.price_objection',
          targetType: 'price_publication',
          targetId: publicationId,
          regionCode: pub.region_code,
        });
        const c = await this.repo.get(em, pub.contract_id);
        await this.events.publish(
          em,
          PRICE_OBJECTION_FILED,
          contractEvent({ contractId: c.id, status: c.status, publicationId }),
        );
        return objection;
      },
      outer,
    );
  }

  /** Objections, oldest first, for the seller and the bureaus above the seller's region. */
  async objections(principal: Principal, publicationId: string, q: PageRequest): Promise<Page<ObjectionView>> {
    const pub = await this.publications.period(this.ds.manager, publicationId);
    if (!pub) throw new ContractsError(ContractsErrorCode.PUBLICATION_NOT_FOUND, '公示不存在', { id: publicationId });
    const c = await this.repo.get(this.ds.manager, pub.contract_id);
    const allowed =
      isPlatformAdmin(principal) ||
      c.seller_org_id === principal.orgId ||
      (isBureau(principal) && (await this.regions.isWithin(c.seller_region_code, principal.regionCode)));
    if (!allowed) throw new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有卖方和辖区科技局可以查看异议');
    const { total, items } = await this.publications.objections(
      this.ds.manager,
      publicationId,
      q.pageSize,
      pageOffset(q),
    );
    return toPage(items, total, q);
  }
}
