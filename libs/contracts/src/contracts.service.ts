import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService, OrganizationService } from '../../identity/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import { pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { inTransaction, mapViolation, type Queryable } from '../../shared/database/index.js';
import { Clock } from './clock.js';
import { ContractInputValidator, type ValidContract } from './contract-input.validator.js';
import { ContractRepository } from './contract.repository.js';
import {
  rowToInput,
  type BuyerContractFigures,
  type ContractRecord,
  type ContractRow,
  type PartyContractRow,
} from './contract.row.js';
import type { ContractInput, ContractView } from './contract.types.js';
import { canApply, type ContractStatus } from './contract-status.js';
import {
  ContractNotFoundError,
  ContractsError,
  ContractsErrorCode,
  ContractValidationError,
  VersionConflictError,
} from './contracts.errors.js';

/** What a sale tells its draft contract (libs/listed-sales settles sales through it). */
export interface SaleContractInput {
  route: 'listing' | 'auction';
  title: string;
  sellerOrgId: string;
  buyerOrgId: string;
  priceFen: bigint;
  dealId: string;
  achievementId: string | null;
  /** 'transfer' or 'licence' when the sale said which; null for an auction lot. */
  contractTypeCode: string | null;
  techFieldCode: string | null;
  /** The seller's user who put the sale up: the draft's author. */
  createdBy: string;
}

/** FK violations on the optional links are the client's bad ids, not server errors. */
function mapLinkError(err: unknown): unknown {
  return mapViolation(err, {
    'foreign-key': ({ constraint }) => {
      const field = constraint.includes('achievement')
        ? 'achievementId'
        : constraint.includes('need')
          ? 'needId'
          : constraint.includes('deal')
            ? 'dealId'
            : 'id';
      return new ContractValidationError([{ field, messages: ['关联的记录不存在'] }]);
    },
  });
}

export function assertEditable(status: ContractStatus): void {
  if (canApply(status, 'edit')) return;
  if (status === 'certified') {
    throw new ContractsError(
      ContractsErrorCode.CONTRACT_ALREADY_CERTIFIED,
      '合同已认定登记，不能修改；请办理变更登记',
      { status },
    );
  }
  throw new ContractsError(ContractsErrorCode.CONTRACT_UNDER_REVIEW, '合同正在审核中，不能修改', { status });
}

/** Writing contracts (seller or the deal's broker) and reading them (parties and bureaus). */
@Injectable()
export class ContractsService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
    private readonly validator: ContractInputValidator,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationService,
    private readonly clock: Clock,
    private readonly directory: OrgDirectoryService,
  ) {}

  /**
   * The draft contract of a sale (挂牌 or auction), in the caller's transaction, from the
   * server's records only: seller and buyer as the platform records them, the sale's price as
   * 合同成交额 (and 技术交易额 until the parties split off non-technical costs), the deal, the
   * achievement and its field. What a sale does not know — the subtype, the field when no
   * achievement names it, the signing date — stays empty: the seller completes the draft through
   * the ordinary edit (which validates the whole contract) and submission refuses it until then.
   */
  async createFromSale(em: EntityManager, sale: SaleContractInput): Promise<string> {
    const orgs = await this.directory.summaries([sale.sellerOrgId, sale.buyerOrgId], em);
    const party = (id: string) => {
      const o = orgs.get(id);
      if (!o) throw new ContractNotFoundError(id);
      return { orgId: o.id, name: o.name, creditCode: o.creditCode, regionCode: o.regionCode };
    };
    const seller = party(sale.sellerOrgId);
    const id = await this.repo.insertSaleDraft(em, {
      route: sale.route,
      title: sale.title,
      typeCode: sale.contractTypeCode,
      fieldCode: sale.techFieldCode,
      seller,
      buyer: party(sale.buyerOrgId),
      amountFen: sale.priceFen,
      dealId: sale.dealId,
      achievementId: sale.achievementId,
      createdBy: sale.createdBy,
    });
    await this.audit.record(em, {
      actor: null,
      action: 'contract.create_from_sale',
      targetType: 'tech_contract',
      targetId: id,
      regionCode: seller.regionCode,
      after: { route: sale.route, dealId: sale.dealId, contractAmountFen: sale.priceFen.toString() },
    });
    return id;
  }

  /** `outer`: the caller's transaction (an idempotent create runs inside the key's). */
  async create(principal: Principal, input: ContractInput, outer?: EntityManager): Promise<ContractView> {
    this.orgs.assertVerified(principal);
    return inTransaction(
      this.ds,
      async (em) => {
        const v = await this.validator.validate(em, principal, input, this.clock.today());
        let id: string;
        try {
          id = await this.repo.insert(em, v, principal);
        } catch (err) {
          throw mapLinkError(err);
        }
        await this.audit.record(em, {
          actor: principal,
          action: 'contract.create',
          targetType: 'tech_contract',
          targetId: id,
          regionCode: v.seller.regionCode,
          after: summary(v),
        });
        return this.repo.view(em, id, this.clock.today());
      },
      outer,
    );
  }

  async update(
    principal: Principal,
    id: string,
    version: number,
    patch: Partial<ContractInput>,
  ): Promise<ContractView> {
    this.orgs.assertVerified(principal);
    return this.ds.transaction(async (em) => {
      const current = await this.repo.get(em, id);
      if (!(await this.canWrite(em, principal, current))) throw new ContractNotFoundError(id);
      assertEditable(current.status);
      const merged: ContractInput = { ...rowToInput(current), ...stripUndefined(patch) };
      const v = await this.validator.validate(em, principal, merged, this.clock.today());
      let ok: boolean;
      try {
        ok = await this.repo.update(em, id, version, v);
      } catch (err) {
        throw mapLinkError(err);
      }
      if (!ok) {
        const now = await this.repo.get(em, id);
        assertEditable(now.status);
        throw new VersionConflictError(id, version);
      }
      await this.audit.record(em, {
        actor: principal,
        action: 'contract.update',
        targetType: 'tech_contract',
        targetId: id,
        regionCode: v.seller.regionCode,
        before: summary(rowAsValid(current)),
        after: summary(v),
      });
      return this.repo.view(em, id, this.clock.today());
    });
  }

  /**
   * A contract's record as another context relies on it (a voucher redemption checks the parties
   * and the certification): in the caller's transaction when it passes its `em`.
   */
  record(db: Queryable, id: string): Promise<ContractRecord | undefined> {
    return this.repo.record(db, id);
  }

  /** An organisation's certified, uncancelled contracts as buyer or seller (a loan filing links them). */
  certifiedOfParty(db: Queryable, orgId: string): Promise<PartyContractRow[]> {
    return this.repo.certifiedOfParty(db, orgId);
  }

  /** An organisation's certified contracts as buyer: count, amount as certified, 技术开发 among them. */
  buyerFigures(db: Queryable, orgId: string): Promise<BuyerContractFigures> {
    return this.repo.buyerFigures(db, orgId);
  }

  async get(principal: Principal, id: string): Promise<ContractView> {
    const row = await this.repo.find(this.ds.manager, id);
    if (!row || !(await this.repo.canRead(principal, row))) throw new ContractNotFoundError(id);
    return this.repo.view(this.ds.manager, id, this.clock.today());
  }

  /** The caller organisation's contracts (as seller, buyer, intermediary or author). */
  async listOwn(principal: Principal, q: PageRequest & { status?: ContractStatus }): Promise<Page<ContractView>> {
    const { total, items } = await this.repo.ofOrganisation(
      this.ds.manager,
      principal.orgId!,
      q.status,
      { limit: q.pageSize, offset: pageOffset(q) },
      this.clock.today(),
    );
    return toPage(items, total, q);
  }

  /** The seller organisation, or the author organisation (a broker writing for the parties). */
  private async canWrite(_em: EntityManager, principal: Principal, c: ContractRow): Promise<boolean> {
    return principal.orgId === c.seller_org_id || principal.orgId === c.created_by_org_id;
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function summary(v: ValidContract): Record<string, unknown> {
  return {
    title: v.title,
    subtype: v.subtypeCode,
    field: v.fieldCode,
    sellerRegion: v.seller.regionCode,
    buyerRegion: v.buyer.regionCode,
    contractAmountFen: v.contractFen.toString(),
    techAmountFen: v.techFen.toString(),
    signedOn: v.signedOn,
  };
}

function rowAsValid(r: ContractRow): ValidContract {
  return {
    title: r.title,
    typeCode: r.contract_type_code ?? '',
    subtypeCode: r.contract_subtype_code ?? '',
    fieldCode: r.tech_field_code ?? '',
    seller: {
      orgId: r.seller_org_id,
      name: r.seller_name,
      creditCode: r.seller_credit_code,
      regionCode: r.seller_region_code,
    },
    sellerOrgType: '',
    buyer: {
      orgId: r.buyer_org_id,
      name: r.buyer_name,
      creditCode: r.buyer_credit_code,
      regionCode: r.buyer_region_code,
    },
    intermediary: null,
    contractFen: BigInt(r.contract_amount_fen),
    techFen: BigInt(r.tech_amount_fen),
    signedOn: r.signed_on ?? '',
    termStart: r.term_start,
    termEnd: r.term_end,
    negotiatedPrice: r.negotiated_price,
    teamPercent: null,
    staffPercent: null,
    dealId: r.deal_id,
    achievementId: r.achievement_id,
    needId: r.need_id,
  };
}
