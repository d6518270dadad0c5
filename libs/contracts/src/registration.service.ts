import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { OrgDirectoryService, OrganizationService } from '../../identity/src/index.js';
import { CodeTableService, RegionService } from '../../reference/src/index.js';
import { StatisticsLedger } from '../../statistics/src/index.js';
import { decide, isBureau, isPlatformAdmin, POLICY_TABLE, type Principal } from '../../shared/auth/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { checkContractAmounts } from './amounts.js';
import { Clock } from './clock.js';
import { contractFacts } from './contract-facts.js';
import { CONTRACT_CERTIFIED, CONTRACT_REJECTED, CONTRACT_SUBMITTED, contractEvent } from './contract.events.js';
import { ContractRepository } from './contract.repository.js';
import { incompleteFields, type ContractRow } from './contract.row.js';
import type { ContractView } from './contract.types.js';
import { canApply } from './contract-status.js';
import {
  ContractNotFoundError,
  ContractsError,
  ContractsErrorCode,
  ContractValidationError,
  VersionConflictError,
} from './contracts.errors.js';
import { publicationOver, requiresPricePublication } from './price-publication.rules.js';
import { formatRegistrationNo, MAX_SEQUENCE } from './registration-number.js';
import { PricePublicationRepository } from './price-publication.repository.js';
import { RegistrationRepository } from './registration.repository.js';
import { addDays, addWorkingDays, DEFAULT_REGISTRATION_WORKING_DAYS, type WorkCalendar } from './working-days.js';

export interface CertifyInput {
  version?: number;
  /** Approved figures; default to the declared ones. */
  approvedContractAmountFen?: string | number;
  approvedTechAmountFen?: string | number;
  comment?: string;
}

/**
 * 认定登记: the seller submits; the bureau of the seller's region (or above) certifies with a
 * registration number and approved amounts, or rejects with a coded reason; a rejected
 * contract is corrected and resubmitted. Submit and certify are idempotent by key.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
    private readonly registry: RegistrationRepository,
    private readonly publications: PricePublicationRepository,
    private readonly regions: RegionService,
    private readonly codes: CodeTableService,
    private readonly audit: AuditService,
    private readonly orgs: OrganizationService,
    private readonly directory: OrgDirectoryService,
    private readonly idempotency: IdempotencyService,
    private readonly ledger: StatisticsLedger,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async submit(principal: Principal, id: string, version: number, key: string | undefined): Promise<ContractView> {
    this.orgs.assertVerified(principal);
    const { body } = await this.idempotency.run(
      { scope: `contract.submit:${principal.userId}`, key, request: { id, version } },
      (em) => this.doSubmit(em, principal, id, version),
    );
    return body;
  }

  private async doSubmit(em: EntityManager, principal: Principal, id: string, version: number): Promise<ContractView> {
    const c = await this.repo.get(em, id, true);
    if (c.seller_org_id !== principal.orgId) {
      if (await this.repo.canRead(principal, c))
        throw new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有卖方机构可以提交登记');
      throw new ContractNotFoundError(id);
    }
    if (!canApply(c.status, 'submit')) {
      if (c.status === 'certified')
        throw new ContractsError(ContractsErrorCode.CONTRACT_ALREADY_CERTIFIED, '合同已认定登记', { status: c.status });
      throw new ContractsError(ContractsErrorCode.CONTRACT_UNDER_REVIEW, '合同已提交，正在审核中', {
        status: c.status,
      });
    }
    if (c.version !== version) throw new VersionConflictError(id, version);
    const missing = incompleteFields(c);
    if (missing.length)
      throw new ContractsError(
        ContractsErrorCode.CONTRACT_INCOMPLETE,
        '合同尚未填写完整（合同类型、技术领域或签订日期），请补充后再提交',
        {
          missing,
        },
      );
    const seller = await this.directory.summary(c.seller_org_id, em);
    if (!seller?.verified)
      throw new ContractsError(
        ContractsErrorCode.CONTRACT_SELLER_NOT_VERIFIED,
        '卖方机构尚未通过科技局认证，不能提交登记',
      );
    // The registry takes the parties as the platform records them now (the seller's region decides the registry).
    await this.repo.snapshotParties(em, id);
    const now = this.clock.now();
    const deadline = await this.deadlineFor(em, seller.regionCode, this.clock.today());
    await this.repo.markSubmitted(em, id, { at: now, by: principal.userId, deadlineOn: deadline });
    await this.audit.record(em, {
      actor: principal,
      action: c.status === 'rejected' ? 'contract.resubmit' : 'contract.submit',
      targetType: 'tech_contract',
      targetId: id,
      regionCode: c.seller_region_code,
      before: { status: c.status },
      after: { status: 'submitted', deadlineOn: deadline },
    });
    await this.events.publish(em, CONTRACT_SUBMITTED, contractEvent({ contractId: id, status: 'submitted' }));
    return this.repo.view(em, id, this.clock.today());
  }

  async certify(principal: Principal, id: string, input: CertifyInput, key: string | undefined): Promise<ContractView> {
    const { body } = await this.idempotency.run(
      { scope: `contract.certify:${principal.userId}`, key, request: { id, ...input } },
      (em) => this.doCertify(em, principal, id, input),
    );
    return body;
  }

  private async doCertify(
    em: EntityManager,
    principal: Principal,
    id: string,
    input: CertifyInput,
  ): Promise<ContractView> {
    // The row lock serialises concurrent certifications: the second waits, then sees "certified".
    const c = await this.repo.get(em, id, true);
    this.assertRegistry(principal, c, 'contract.certify');
    if (c.status === 'certified')
      throw new ContractsError(ContractsErrorCode.CONTRACT_ALREADY_CERTIFIED, '合同已认定登记，不能重复认定', {
        registrationNo: c.registration_no,
      });
    if (!canApply(c.status, 'certify'))
      throw new ContractsError(ContractsErrorCode.CONTRACT_NOT_SUBMITTED, '合同尚未提交登记', { status: c.status });
    if (input.version !== undefined && input.version !== c.version) throw new VersionConflictError(id, input.version);

    const amounts = checkContractAmounts(
      input.approvedContractAmountFen ?? c.contract_amount_fen,
      input.approvedTechAmountFen ?? c.tech_amount_fen,
      {
        contract: 'approvedContractAmountFen',
        tech: 'approvedTechAmountFen',
      },
    );
    if (!amounts.ok) throw new ContractValidationError(amounts.errors);

    const today = this.clock.today();
    await this.assertPublication(em, c, today);

    const year = Number(today.slice(0, 4));
    const registry = principal.regionCode;
    // The counter row stays locked until commit: numbers are unique and gap-free per registry-year.
    const seq = await this.registry.nextSequence(em, registry, year, MAX_SEQUENCE);
    if (seq === undefined)
      throw new ContractsError(ContractsErrorCode.REGISTRATION_SEQUENCE_EXHAUSTED, '本年度登记编号已用尽', {
        registry,
        year,
      });
    const registrationNo = formatRegistrationNo(registry, year, seq);
    await this.repo.markCertified(em, id, {
      at: this.clock.now(),
      on: today,
      by: principal.userId,
      registry,
      registrationNo,
      contractFen: amounts.contractFen,
      techFen: amounts.techFen,
    });
    await this.ledger.append(em, [
      {
        contractId: id,
        registrationNo,
        entryKind: 'certified',
        source: 'platform',
        effectiveDate: today,
        sellerRegionCode: c.seller_region_code,
        buyerRegionCode: c.buyer_region_code,
        registryRegionCode: registry,
        // Submission refused an incomplete draft: a certified contract has all three.
        contractTypeCode: c.contract_type_code!,
        contractSubtypeCode: c.contract_subtype_code!,
        techFieldCode: c.tech_field_code!,
        priceRoute: c.price_route,
        countDelta: 1,
        contractAmountFen: amounts.contractFen.toString(),
        techAmountFen: amounts.techFen.toString(),
        contractName: c.title,
        sellerName: c.seller_name,
        buyerName: c.buyer_name,
      },
    ]);
    await this.audit.record(em, {
      actor: principal,
      action: 'contract.certify',
      targetType: 'tech_contract',
      targetId: id,
      regionCode: c.seller_region_code,
      before: { status: c.status, contractAmountFen: c.contract_amount_fen, techAmountFen: c.tech_amount_fen },
      after: {
        status: 'certified',
        registrationNo,
        approvedContractAmountFen: amounts.contractFen.toString(),
        approvedTechAmountFen: amounts.techFen.toString(),
        comment: input.comment ?? null,
      },
    });
    await this.events.publish(em, CONTRACT_CERTIFIED, contractEvent({ contractId: id, status: 'certified' }));
    return this.repo.view(em, id, today);
  }

  async reject(
    principal: Principal,
    id: string,
    input: { version?: number; reasonCode: string; comment?: string },
  ): Promise<ContractView> {
    return this.ds.transaction(async (em) => {
      const c = await this.repo.get(em, id, true);
      this.assertRegistry(principal, c, 'contract.reject');
      if (c.status === 'certified')
        throw new ContractsError(ContractsErrorCode.CONTRACT_ALREADY_CERTIFIED, '合同已认定登记，不能再不予登记', {
          registrationNo: c.registration_no,
        });
      if (!canApply(c.status, 'reject'))
        throw new ContractsError(ContractsErrorCode.CONTRACT_NOT_SUBMITTED, '合同尚未提交登记', { status: c.status });
      if (input.version !== undefined && input.version !== c.version) throw new VersionConflictError(id, input.version);
      const today = this.clock.today();
      if (!(await this.codes.isRejectionReasonInForce(input.reasonCode, today))) {
        throw new ContractValidationError([
          { field: 'reasonCode', messages: [`不予登记理由 ${input.reasonCode} 不存在或已停用`] },
        ]);
      }
      await this.repo.markRejected(em, id, input.reasonCode, input.comment ?? null);
      await this.audit.record(em, {
        actor: principal,
        action: 'contract.reject',
        targetType: 'tech_contract',
        targetId: id,
        regionCode: c.seller_region_code,
        before: { status: c.status },
        after: { status: 'rejected', reasonCode: input.reasonCode, comment: input.comment ?? null },
      });
      await this.events.publish(em, CONTRACT_REJECTED, contractEvent({ contractId: id, status: 'rejected' }));
      return this.repo.view(em, id, today);
    });
  }

  /** The bureau's queue of submitted contracts, earliest deadline first; `overdue` keeps the late ones. */
  async queue(principal: Principal, q: PageRequest & { overdue?: boolean }): Promise<Page<ContractView>> {
    this.assertBureau(principal);
    const today = this.clock.today();
    const { total, items } = await this.repo.submittedIn(
      this.ds.manager,
      await this.regions.subtreeCodes(principal.regionCode),
      !!q.overdue,
      { limit: q.pageSize, offset: pageOffset(q) },
      today,
    );
    return toPage(items, total, q);
  }

  /** Certified contracts of a region's subtree (by registry or seller region), newest first. */
  async certified(
    principal: Principal,
    q: PageRequest & { region?: string; year?: number },
  ): Promise<Page<ContractView>> {
    this.assertBureau(principal);
    const region = q.region ?? principal.regionCode;
    if (!isPlatformAdmin(principal) && !(await this.regions.isWithin(region, principal.regionCode))) {
      throw new ContractsError(ContractsErrorCode.CONTRACT_OUT_OF_REGION, '只能查看本辖区的登记合同', { region });
    }
    const { total, items } = await this.repo.certifiedIn(
      this.ds.manager,
      await this.regions.subtreeCodes(region),
      q.year,
      { limit: q.pageSize, offset: pageOffset(q) },
      this.clock.today(),
    );
    return toPage(items, total, q);
  }

  /** Working days the registry of `regionCode` has: the nearest configured ancestor, else 15. */
  async timeLimit(em: EntityManager, regionCode: string): Promise<{ workingDays: number; setAt: string | null }> {
    const row = await this.registry.nearestTimeLimit(em, regionCode);
    return row
      ? { workingDays: row.working_days, setAt: row.region_code }
      : { workingDays: DEFAULT_REGISTRATION_WORKING_DAYS, setAt: null };
  }

  /** A bureau admin sets its subtree's time limit (e.g. 7 working days). */
  async setTimeLimit(
    principal: Principal,
    regionCode: string,
    workingDays: number,
  ): Promise<{ regionCode: string; workingDays: number }> {
    this.assertBureau(principal);
    if (
      !isPlatformAdmin(principal) &&
      (!principal.roles.includes('bureau_admin') || !(await this.regions.isWithin(regionCode, principal.regionCode)))
    ) {
      throw new ContractsError(ContractsErrorCode.CONTRACT_OUT_OF_REGION, '只有本辖区的科技局管理员可以设置登记时限', {
        regionCode,
      });
    }
    if (!Number.isInteger(workingDays) || workingDays < 1 || workingDays > 60) {
      throw new ContractValidationError([{ field: 'workingDays', messages: ['登记时限为 1–60 个工作日'] }]);
    }
    return this.ds.transaction(async (em) => {
      await this.registry.setTimeLimit(em, regionCode, workingDays);
      await this.audit.record(em, {
        actor: principal,
        action: 'contract.time_limit',
        targetType: 'region',
        targetId: regionCode,
        regionCode,
        after: { workingDays },
      });
      return { regionCode, workingDays };
    });
  }

  async deadlineFor(em: EntityManager, sellerRegion: string, submittedOn: string): Promise<string> {
    const { workingDays } = await this.timeLimit(em, sellerRegion);
    // Long enough for any run of holidays: n working days never span more than 2n + 30 calendar days.
    const rows = await this.registry.calendar(em, submittedOn, addDays(submittedOn, workingDays * 2 + 30));
    const calendar: WorkCalendar = new Map(rows.map((r) => [r.day, r.is_workday]));
    return addWorkingDays(submittedOn, workingDays, calendar);
  }

  private assertBureau(principal: Principal): void {
    if (!isBureau(principal) && !isPlatformAdmin(principal)) {
      throw new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有科技局（技术合同登记机构）可以执行此操作');
    }
  }

  /**
   * The registry for a contract is a bureau at or above the seller organisation's region (the
   * policy table's row, checked again on the locked row: the guard checked it before the lock).
   */
  private assertRegistry(principal: Principal, c: ContractRow, op: 'contract.certify' | 'contract.reject'): void {
    if (!decide(POLICY_TABLE[op], principal, contractFacts(c), this.regions).allow) {
      throw new ContractsError(ContractsErrorCode.CONTRACT_OUT_OF_REGION, '卖方不在本登记机构的辖区内', {
        sellerRegionCode: c.seller_region_code,
      });
    }
  }

  private async assertPublication(em: EntityManager, c: ContractRow, today: string): Promise<void> {
    const seller = await this.directory.summary(c.seller_org_id, em);
    if (
      !requiresPricePublication({
        typeCode: c.contract_type_code ?? '',
        negotiatedPrice: c.negotiated_price,
        sellerOrgType: seller?.type ?? '',
      })
    )
      return;
    const pub = await this.publications.ofContract(em, c.id);
    if (!pub)
      throw new ContractsError(
        ContractsErrorCode.PUBLICATION_REQUIRED,
        '高校、科研院所协议定价的转让/许可须先进行不少于 15 日的公示',
        { contractId: c.id },
      );
    if (!publicationOver(pub.end_on, today)) {
      throw new ContractsError(
        ContractsErrorCode.PUBLICATION_PERIOD_NOT_OVER,
        `协议定价公示期至 ${pub.end_on} 结束，公示期满后方可认定登记`,
        { publicationId: pub.id, endOn: pub.end_on },
      );
    }
  }
}
