import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { ContractsService, MAX_FEN } from '../../contracts/src/index.js';
import { ListingReader } from '../../listings/src/index.js';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { AppError, CommonErrorCode } from '../../shared/errors/index.js';
import { LoanAuthorisationRepository } from './loan-authorisation.repository.js';
import { LOAN_FILED, loanEventKey, type LoanEvent } from './loan.events.js';
import { LoanRepository, type LoanLink } from './loan.repository.js';
import { entryRefusal, standing, type Collateral, type LoanEntryKind, type RateType } from './loan.rules.js';
import { loanView, type LoanView } from './loan-views.js';
import { LoanNotFoundError, LoansError, LoansErrorCode } from './loans.errors.js';

export interface FileLoanInput {
  enterpriseOrgId: string;
  amountFen: string;
  termMonths: number;
  rateType: RateType;
  collateral: Collateral;
  achievementIds: string[];
  contractIds: string[];
  purpose: string;
}

/** A certified contract of the enterprise, as its authorised bank may pick it for a filing. */
export interface EnterpriseContractView {
  id: string;
  title: string;
  registrationNo: string | null;
  certifiedOn: string | null;
  amountFen: string;
}

export interface LoanEntryInput {
  kind: LoanEntryKind;
  amountFen?: string;
  occurredOn?: string;
  note?: string;
}

const inputError = (field: string, message: string) =>
  new AppError(CommonErrorCode.VALIDATION_FAILED, '贷款信息不合法', [{ field, messages: [message] }]);

const notAuthorised = (enterpriseOrgId: string) =>
  new LoansError(LoansErrorCode.LOAN_NOT_AUTHORISED, '该企业未授权本机构，不能为其备案贷款', { enterpriseOrgId });

/**
 * 成果转化贷款备案: a verified financial institution files a loan for an enterprise that
 * authorised it, linked to published achievements and contracts the enterprise is a party to
 * (read from their owners' records, never from the request). The filing never changes; repayments,
 * a default and the settlement are appended under the loan's row lock.
 */
@Injectable()
export class LoansService {
  constructor(
    private readonly ds: DataSource,
    private readonly loans: LoanRepository,
    private readonly authorisations: LoanAuthorisationRepository,
    private readonly listings: ListingReader,
    private readonly contracts: ContractsService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly idempotency: IdempotencyService,
  ) {}

  async file(principal: Principal, input: FileLoanInput, key: string | undefined): Promise<LoanView> {
    const db = this.ds.manager;
    const amountFen = BigInt(input.amountFen);
    if (amountFen <= 0n || amountFen > MAX_FEN) throw inputError('amountFen', '贷款金额须大于 0 且在合理范围内');
    if (input.purpose.trim().length < 2) throw inputError('purpose', '贷款用途至少 2 个字');
    // Authorisation first: a bank the enterprise did not authorise learns nothing of its records.
    const enterprise = await this.authorisations.org(db, input.enterpriseOrgId);
    if (!enterprise || !(await this.authorisations.activeBanks(db, enterprise.id)).includes(principal.orgId))
      throw notAuthorised(input.enterpriseOrgId);
    const links = [
      ...(await this.achievementLinks([...new Set(input.achievementIds)])),
      ...(await this.contractLinks(enterprise.id, [...new Set(input.contractIds)])),
    ];
    return this.idempotency.once({ scope: `loan.file:${principal.orgId}`, key, request: { ...input } }, async (em) => {
      // Share-locked: a revocation racing this filing waits for it, or this filing sees it gone.
      const auth = await this.authorisations.lockActive(em, enterprise.id, principal.orgId);
      if (!auth) throw notAuthorised(input.enterpriseOrgId);
      const id = await this.loans.insert(em, {
        bankOrgId: principal.orgId,
        enterpriseOrgId: enterprise.id,
        enterpriseRegionCode: enterprise.region_code,
        authorisationId: auth.id,
        amountFen,
        termMonths: input.termMonths,
        rateType: input.rateType,
        collateral: input.collateral,
        achievementIds: links.filter((l) => l.kind === 'achievement').map((l) => l.id),
        contractIds: links.filter((l) => l.kind === 'contract').map((l) => l.id),
        links,
        purpose: input.purpose.trim(),
        userId: principal.userId,
      });
      await this.audit.record(em, {
        actor: principal,
        action: 'loan.file',
        targetType: 'loan',
        targetId: id,
        regionCode: enterprise.region_code,
        after: { enterpriseOrgId: enterprise.id, amountFen: input.amountFen, collateral: input.collateral },
      });
      const event: LoanEvent = { loanId: id };
      await this.events.publish(em, LOAN_FILED, { key: loanEventKey(id), payload: { ...event } });
      return this.view(em, id);
    });
  }

  /** Appends 还款, 违约 or 结清 to the loan, judged against its entries so far under the loan's lock. */
  async addEntry(principal: Principal, id: string, input: LoanEntryInput): Promise<LoanView> {
    const today = chinaToday();
    const occurredOn = input.occurredOn ?? today;
    if (occurredOn > today)
      throw new LoansError(LoansErrorCode.LOAN_ENTRY_DATE_INVALID, '发生日期不能晚于今天', { occurredOn });
    return this.ds.transaction(async (em) => {
      const loan = await this.loans.lock(em, id);
      if (!loan) throw new LoanNotFoundError(id);
      const row = (await this.loans.find(em, id))!;
      if (occurredOn < chinaToday(row.filed_at))
        throw new LoansError(LoansErrorCode.LOAN_ENTRY_DATE_INVALID, '发生日期不能早于备案日期', { occurredOn });
      const entries = await this.loans.entries(em, [id]);
      const s = standing(
        BigInt(loan.amount_fen),
        entries.map((e) => ({ kind: e.kind, amountFen: e.amount_fen === null ? null : BigInt(e.amount_fen) })),
      );
      // A default records the principal then outstanding (the server's figure, not the bank's).
      const amountFen =
        input.kind === 'repayment'
          ? BigInt(input.amountFen ?? '0')
          : input.kind === 'default'
            ? s.outstandingFen
            : null;
      const refusal = entryRefusal(s, { kind: input.kind, amountFen });
      if (refusal) {
        const code = {
          closed: LoansErrorCode.LOAN_CLOSED,
          defaulted: LoansErrorCode.LOAN_ALREADY_DEFAULTED,
          exceeds: LoansErrorCode.LOAN_REPAYMENT_EXCEEDS,
          'not-repaid': LoansErrorCode.LOAN_NOT_REPAID,
        }[refusal.code];
        throw new LoansError(code, refusal.message, {
          ...('outstandingFen' in refusal ? { outstandingFen: refusal.outstandingFen.toString() } : {}),
        });
      }
      await this.loans.appendEntry(em, {
        loanId: id,
        kind: input.kind,
        amountFen,
        occurredOn,
        note: input.note?.trim() || null,
        userId: principal.userId,
      });
      await this.audit.record(em, {
        actor: principal,
        action: `loan.${input.kind}`,
        targetType: 'loan',
        targetId: id,
        regionCode: row.enterprise_region_code,
        after: { amountFen: amountFen?.toString() ?? null, occurredOn },
      });
      return this.view(em, id);
    });
  }

  /** The certified contracts of an enterprise that authorises the bank, to link to a filing (else 403). */
  async enterpriseContracts(principal: Principal, enterpriseOrgId: string): Promise<EnterpriseContractView[]> {
    const db = this.ds.manager;
    if (!(await this.authorisations.activeBanks(db, enterpriseOrgId)).includes(principal.orgId))
      throw notAuthorised(enterpriseOrgId);
    const rows = await this.contracts.certifiedOfParty(db, enterpriseOrgId);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      registrationNo: r.registration_no,
      certifiedOn: r.certified_on,
      amountFen: r.contract_amount_fen,
    }));
  }

  async get(id: string): Promise<LoanView> {
    const row = await this.loans.find(this.ds.manager, id);
    if (!row) throw new LoanNotFoundError(id);
    return this.view(this.ds.manager, id);
  }

  /** A bank's filings, an enterprise's loans, a bureau's region subtree, or every loan (the platform). */
  async list(principal: Principal, q: PageRequest): Promise<Page<LoanView>> {
    const scope = isPlatformAdmin(principal)
      ? {}
      : isBureau(principal)
        ? { root: principal.regionCode }
        : principal.orgType === 'financial_institution'
          ? { bankOrgId: principal.orgId }
          : { enterpriseOrgId: principal.orgId };
    const [rows, total] = await this.loans.list(this.ds.manager, scope, pageOffset(q), q.pageSize);
    const entries = await this.loans.entries(
      this.ds.manager,
      rows.map((r) => r.id),
    );
    return toPage(
      rows.map((r) =>
        loanView(
          r,
          entries.filter((e) => e.loan_id === r.id),
          this.regions,
        ),
      ),
      total,
      q,
    );
  }

  private async view(em: EntityManager, id: string): Promise<LoanView> {
    return loanView((await this.loans.find(em, id))!, await this.loans.entries(em, [id]), this.regions);
  }

  /** Achievements must exist and be published now (the listings lib's records). */
  private async achievementLinks(ids: string[]): Promise<LoanLink[]> {
    if (ids.length === 0) return [];
    const docs = await this.listings.publishedDocuments('achievement', ids);
    const missing = ids.filter((id) => !docs.some((d) => d.id === id));
    if (missing.length)
      throw new LoansError(LoansErrorCode.LOAN_ACHIEVEMENT_INVALID, '所列科技成果不存在或未发布', { missing });
    return docs.map((d) => ({ kind: 'achievement' as const, id: d.id, title: d.title }));
  }

  /** Contracts must have the enterprise as buyer or seller and not be cancelled (the contracts lib's records). */
  private async contractLinks(enterpriseOrgId: string, ids: string[]): Promise<LoanLink[]> {
    const links: LoanLink[] = [];
    for (const id of ids) {
      const c = await this.contracts.record(this.ds.manager, id);
      if (!c || c.cancelled || (c.buyer_org_id !== enterpriseOrgId && c.seller_org_id !== enterpriseOrgId))
        throw new LoansError(LoansErrorCode.LOAN_CONTRACT_INVALID, '所列技术合同不存在、已撤销或该企业不是合同当事人', {
          contractId: id,
        });
      links.push({ kind: 'contract', id: c.id, title: c.title, registrationNo: c.registration_no });
    }
    return links;
  }
}
