import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { type VoucherCategory } from './voucher-categories.js';
import { VoucherProgrammeRepository, type ProgrammeRow } from './voucher-programme.repository.js';
import { ledgerTotals } from './voucher.rules.js';
import { ledgerEntryView, programmeView, type LedgerEntryView, type ProgrammeView } from './voucher-views.js';
import {
  VoucherInputError,
  VoucherProgrammeNotFoundError,
  VouchersError,
  VouchersErrorCode,
} from './vouchers.errors.js';

export interface ProgrammeInput {
  name: string;
  budgetFen: string;
  opensOn: string;
  closesOn: string;
  eligibleKinds: string[];
  categories: VoucherCategory[];
  subsidyPercent: number;
  capPerEnterpriseFen: string;
  reservationDays: number;
  outsideProviders: boolean;
  acceptedRegionCodes: string[];
  providerOrgIds: string[];
}

export interface LedgerPage extends Page<LedgerEntryView> {
  budgetFen: string;
  reservedFen: string;
  redeemedFen: string;
  availableFen: string;
  /** The running totals agree with the sum of the ledger's entries. */
  balanced: boolean;
}

/** Organisation types that sell services a voucher pays for. */
const PROVIDER_TYPES = new Set(['university', 'research_institute', 'enterprise', 'broker_agency']);

/**
 * Voucher programmes (创新券项目): a bureau admin opens one for its own region with a budget, an
 * application window, eligibility, categories, the rate and cap, and the providers it approves.
 */
@Injectable()
export class VoucherProgrammesService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: VoucherProgrammeRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  async create(principal: Principal, input: ProgrammeInput, key: string | undefined): Promise<ProgrammeView> {
    const problems: { field: string; messages: string[] }[] = [];
    if (input.closesOn < input.opensOn) problems.push({ field: 'closesOn', messages: ['截止日期不能早于开始日期'] });
    if (BigInt(input.budgetFen) <= 0n) problems.push({ field: 'budgetFen', messages: ['预算须大于 0'] });
    if (BigInt(input.capPerEnterpriseFen) <= 0n)
      problems.push({ field: 'capPerEnterpriseFen', messages: ['每家企业每年的上限须大于 0'] });
    const unknown = input.acceptedRegionCodes.filter((c) => !this.regions.find(c));
    if (unknown.length) problems.push({ field: 'acceptedRegionCodes', messages: ['行政区划代码不存在'] });
    if (problems.length) throw new VoucherInputError(problems);
    return this.idempotency.once(
      { scope: `voucher-programme.create:${principal.userId}`, key, request: input },
      async (em) => {
        const id = await this.repo.insert(em, {
          issuer_org_id: principal.orgId,
          region_code: principal.regionCode,
          name: input.name.trim(),
          budget_fen: BigInt(input.budgetFen),
          opens_on: input.opensOn,
          closes_on: input.closesOn,
          eligible_kinds: [...new Set(input.eligibleKinds)],
          categories: [...new Set(input.categories)],
          subsidy_percent: input.subsidyPercent,
          cap_per_enterprise_fen: BigInt(input.capPerEnterpriseFen),
          reservation_days: input.reservationDays,
          outside_providers: input.outsideProviders,
          accepted_region_codes: [...new Set(input.acceptedRegionCodes)],
          created_by: principal.userId,
        });
        const row = (await this.repo.find(em, id))!;
        for (const orgId of new Set(input.providerOrgIds)) await this.approveProvider(em, principal, row, orgId);
        await this.audit.record(em, {
          actor: principal,
          action: 'voucher.programme_create',
          targetType: 'voucher_programme',
          targetId: id,
          regionCode: row.region_code,
          after: { name: row.name, budgetFen: row.budget_fen, subsidyPercent: row.subsidy_percent },
        });
        return programmeView(row, await this.repo.providers(em, [id]), this.regions);
      },
    );
  }

  /** Approves a provider for the programme (the policy table has checked the caller is its issuer). */
  async addProvider(principal: Principal, programmeId: string, orgId: string): Promise<ProgrammeView> {
    return this.ds.transaction(async (em) => {
      const row = await this.repo.find(em, programmeId);
      if (!row) throw new VoucherProgrammeNotFoundError(programmeId);
      await this.approveProvider(em, principal, row, orgId);
      return programmeView(row, await this.repo.providers(em, [programmeId]), this.regions);
    });
  }

  private async approveProvider(
    em: Parameters<VoucherProgrammeRepository['addProvider']>[0],
    principal: Principal,
    row: ProgrammeRow,
    orgId: string,
  ): Promise<void> {
    const org = await this.repo.org(em, orgId);
    if (!org || !org.verified || !PROVIDER_TYPES.has(org.type))
      throw new VouchersError(
        VouchersErrorCode.VOUCHER_PROVIDER_INVALID,
        '服务机构须为已认证的高校、科研院所、企业或技术转移机构',
        { orgId },
      );
    if (!row.outside_providers && !this.regions.within(org.region_code, row.region_code))
      throw new VouchersError(
        VouchersErrorCode.VOUCHER_PROVIDER_INVALID,
        '本项目只接受本辖区的服务机构（可在项目中设置接受外地服务机构）',
        { orgId, regionCode: org.region_code },
      );
    if (await this.repo.addProvider(em, row.id, orgId, principal.userId))
      await this.audit.record(em, {
        actor: principal,
        action: 'voucher.provider_approve',
        targetType: 'voucher_programme',
        targetId: row.id,
        regionCode: row.region_code,
        after: { orgId, name: org.name },
      });
  }

  async get(id: string): Promise<ProgrammeView> {
    const row = await this.repo.find(this.ds.manager, id);
    if (!row) throw new VoucherProgrammeNotFoundError(id);
    return programmeView(row, await this.repo.providers(this.ds.manager, [id]), this.regions);
  }

  /**
   * Programmes as the caller may use them: a bureau's subtree (issued there or accepting its
   * vouchers), the platform all, an enterprise those issued for its region, another organisation
   * those that approved it as a provider.
   */
  async list(principal: Principal, q: PageRequest): Promise<Page<ProgrammeView>> {
    const db = this.ds.manager;
    const [rows, total] = isPlatformAdmin(principal)
      ? await this.repo.listForRegion(db, null, pageOffset(q), q.pageSize)
      : isBureau(principal)
        ? await this.repo.listForRegion(db, principal.regionCode, pageOffset(q), q.pageSize)
        : principal.orgType === 'enterprise'
          ? await this.repo.listForEnterprise(db, principal.regionCode, pageOffset(q), q.pageSize)
          : await this.repo.listForProvider(db, principal.orgId, pageOffset(q), q.pageSize);
    const providers = await this.repo.providers(
      db,
      rows.map((r) => r.id),
    );
    return toPage(
      rows.map((r) => programmeView(r, providers, this.regions)),
      total,
      q,
    );
  }

  /** The budget ledger, newest first, with the running totals and whether they agree with the entries. */
  async ledger(id: string, q: PageRequest): Promise<LedgerPage> {
    const db = this.ds.manager;
    const row = await this.repo.find(db, id);
    if (!row) throw new VoucherProgrammeNotFoundError(id);
    const [entries, total] = await this.repo.ledger(db, id, pageOffset(q), q.pageSize);
    const sums = await this.repo.ledgerSums(db, id);
    const totals = ledgerTotals(
      BigInt(row.budget_fen),
      sums.map((s) => ({ kind: s.kind, amountFen: BigInt(s.amount_fen) })),
    );
    return {
      ...toPage(entries.map(ledgerEntryView), total, q),
      budgetFen: row.budget_fen,
      reservedFen: row.reserved_fen,
      redeemedFen: row.redeemed_fen,
      availableFen: String(BigInt(row.budget_fen) - BigInt(row.reserved_fen) - BigInt(row.redeemed_fen)),
      balanced: totals.reservedFen === BigInt(row.reserved_fen) && totals.redeemedFen === BigInt(row.redeemed_fen),
    };
  }
}
