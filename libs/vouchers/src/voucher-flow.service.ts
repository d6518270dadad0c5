import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { ContractsService } from '../../contracts/src/index.js';
import { chinaToday, RegionService } from '../../reference/src/index.js';
import { RegistriesService, REGISTRY_KINDS, type RegistryKind } from '../../registries/src/index.js';
import { isBureau, isPlatformAdmin, type Principal } from '../../shared/auth/index.js';
import { mapViolation } from '../../shared/database/index.js';
import { IdempotencyService, pageOffset, toPage, type Page, type PageRequest } from '../../shared/http/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { scaledAmountText } from '../../shared/money/index.js';
import type { VoucherCategory } from './voucher-categories.js';
import {
  VOUCHER_APPLIED,
  VOUCHER_DECIDED,
  VOUCHER_REDEMPTION_DECIDED,
  VOUCHER_REDEMPTION_REQUESTED,
  voucherEventKey,
  type VoucherEvent,
} from './voucher.events.js';
import { VoucherProgrammeRepository, type ProgrammeRow } from './voucher-programme.repository.js';
import { VoucherRepository, type VoucherRow, type VoucherStatus } from './voucher.repository.js';
import { applicationRefusal, approvalRefusal, redemptionOf, reservationEnd, subsidyOf } from './voucher.rules.js';
import { voucherView, type VoucherView } from './voucher-views.js';
import {
  VoucherInputError,
  VoucherNotFoundError,
  VoucherProgrammeNotFoundError,
  VouchersError,
  VouchersErrorCode,
  VoucherWrongStatusError,
} from './vouchers.errors.js';

export interface ApplyInput {
  category: VoucherCategory;
  providerOrgId: string;
  plannedFen: string;
  purpose: string;
}

/** A redemption is backed by a certified contract with the provider, or by a service record with its evidence. */
export interface RedemptionInput {
  contractId?: string;
  serviceFen?: string;
  evidence?: string;
}

export interface VoucherListQuery extends PageRequest {
  /** For organisations: vouchers applied for (default) or naming it as the provider. */
  as?: 'applicant' | 'provider';
  status?: VoucherStatus[];
  programmeId?: string;
}

/**
 * A voucher's life: an enterprise applies (category, provider, planned price) → the issuing
 * bureau approves an amount, reserved against the budget → the service is bought (a certified
 * contract with the provider, or a service record with evidence) → the enterprise asks for
 * redemption (兑付) → the bureau redeems it, charged to the issuing programme. Every change of
 * money takes the programme's row lock first, then the voucher's, and moves the programme's
 * running totals and its ledger in the same transaction.
 */
@Injectable()
export class VoucherFlowService {
  constructor(
    private readonly ds: DataSource,
    private readonly programmes: VoucherProgrammeRepository,
    private readonly vouchers: VoucherRepository,
    private readonly registries: RegistriesService,
    private readonly contracts: ContractsService,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    private readonly idempotency: IdempotencyService,
  ) {}

  async apply(
    principal: Principal,
    programmeId: string,
    input: ApplyInput,
    key: string | undefined,
  ): Promise<VoucherView> {
    const db = this.ds.manager;
    const programme = await this.programmes.find(db, programmeId);
    if (!programme) throw new VoucherProgrammeNotFoundError(programmeId);
    const today = chinaToday();
    await this.checkEnterprise(principal, programme, today);
    const plannedFen = BigInt(input.plannedFen);
    const requestedFen = subsidyOf(plannedFen, programme.subsidy_percent);
    if (requestedFen <= 0n)
      throw new VouchersError(VouchersErrorCode.VOUCHER_CAP_EXCEEDED, '服务金额过小，补助金额不足 1 分', {
        plannedFen: input.plannedFen,
      });
    const hostProgrammeId = await this.hostFor(programme, input.providerOrgId);
    const year = Number(today.slice(0, 4));
    return this.idempotency.once(
      { scope: `voucher.apply:${principal.orgId}`, key, request: { programmeId, ...input } },
      async (em) => {
        const used = await this.vouchers.usedThisYear(em, programmeId, principal.orgId, year, null);
        const refusal = applicationRefusal(
          {
            opensOn: programme.opens_on,
            closesOn: programme.closes_on,
            categories: programme.categories,
            subsidyPercent: programme.subsidy_percent,
            capPerEnterpriseFen: BigInt(programme.cap_per_enterprise_fen),
          },
          { today, category: input.category, requestedFen, usedThisYearFen: used },
        );
        if (refusal?.code === 'window')
          throw new VouchersError(VouchersErrorCode.VOUCHER_WINDOW_CLOSED, refusal.message, {
            opensOn: programme.opens_on,
            closesOn: programme.closes_on,
          });
        if (refusal?.code === 'category')
          throw new VouchersError(VouchersErrorCode.VOUCHER_CATEGORY_NOT_ELIGIBLE, refusal.message, {
            category: input.category,
          });
        if (refusal?.code === 'cap')
          throw new VouchersError(VouchersErrorCode.VOUCHER_CAP_EXCEEDED, refusal.message, {
            requestedFen: String(requestedFen),
            remainingFen: String(refusal.remainingFen),
          });
        const id = await this.vouchers.insert(em, {
          programmeId,
          enterpriseOrgId: principal.orgId,
          enterpriseRegionCode: principal.regionCode,
          providerOrgId: input.providerOrgId,
          hostProgrammeId,
          category: input.category,
          purpose: input.purpose.trim(),
          plannedFen,
          requestedFen,
          year,
          userId: principal.userId,
        });
        await this.publish(em, VOUCHER_APPLIED, id);
        return voucherView((await this.vouchers.find(em, id))!, this.regions);
      },
    );
  }

  /** The enterprise lies in the programme's region and, where it names registries, is listed in one in force. */
  private async checkEnterprise(principal: Principal, programme: ProgrammeRow, today: string): Promise<void> {
    if (!this.regions.within(principal.regionCode, programme.region_code))
      throw new VouchersError(VouchersErrorCode.VOUCHER_ENTERPRISE_NOT_ELIGIBLE, '本机构不在该项目的适用地区内', {
        regionCode: principal.regionCode,
      });
    if (programme.eligible_kinds.length === 0) return;
    const org = await this.programmes.org(this.ds.manager, principal.orgId);
    const held = org?.credit_code ? await this.registries.kindsInForce(org.credit_code, today) : [];
    if (!programme.eligible_kinds.some((k) => held.includes(k as RegistryKind))) {
      const names = programme.eligible_kinds.map((k) => REGISTRY_KINDS[k as RegistryKind]?.name ?? k).join('或');
      throw new VouchersError(
        VouchersErrorCode.VOUCHER_ENTERPRISE_NOT_ELIGIBLE,
        `本项目仅面向在有效期内的${names}，本机构不在名录中`,
        { required: programme.eligible_kinds },
      );
    }
  }

  /**
   * Where the provider is approved: by the issuing programme itself (null), or by a programme of
   * another region that accepts this region's vouchers (通用通兑: its id). Neither → refused.
   */
  private async hostFor(programme: ProgrammeRow, providerOrgId: string): Promise<string | null> {
    const db = this.ds.manager;
    if (await this.programmes.isProvider(db, programme.id, providerOrgId)) return null;
    const host = await this.programmes.hostAccepting(db, providerOrgId, programme.region_code, programme.id);
    if (host) return host;
    throw new VouchersError(
      VouchersErrorCode.VOUCHER_PROVIDER_NOT_APPROVED,
      '该服务机构未被本项目（或接受本地创新券的外地项目）批准',
      { providerOrgId },
    );
  }

  /** The issuing bureau approves an amount (default: the amount requested), reserved against the budget. */
  async approve(
    principal: Principal,
    id: string,
    amount: string | undefined,
    note: string | undefined,
  ): Promise<VoucherView> {
    return this.underLocks(id, async (em, programme, v) => {
      if (v.status !== 'applied') throw new VoucherWrongStatusError(v.status, '审批');
      const amountFen = amount === undefined ? BigInt(v.requested_fen) : BigInt(amount);
      const refusal = approvalRefusal({
        amountFen,
        requestedFen: BigInt(v.requested_fen),
        budgetFen: BigInt(programme.budget_fen),
        reservedFen: BigInt(programme.reserved_fen),
        redeemedFen: BigInt(programme.redeemed_fen),
        capPerEnterpriseFen: BigInt(programme.cap_per_enterprise_fen),
        enterpriseOtherFen: await this.vouchers.decidedThisYear(em, programme.id, v.enterprise_org_id, v.year, v.id),
      });
      if (refusal?.code === 'budget')
        throw new VouchersError(
          VouchersErrorCode.VOUCHER_BUDGET_EXCEEDED,
          `批准金额超过项目剩余预算（剩余 ${scaledAmountText(refusal.availableFen)}）`,
          {
            availableFen: String(refusal.availableFen),
          },
        );
      if (refusal?.code === 'cap')
        throw new VouchersError(
          VouchersErrorCode.VOUCHER_CAP_EXCEEDED,
          `批准金额超出该企业本年度的额度上限：尚可批准 ${scaledAmountText(refusal.availableFen)}`,
          {
            remainingFen: String(refusal.availableFen),
          },
        );
      if (refusal?.code === 'amount')
        throw new VouchersError(VouchersErrorCode.VOUCHER_CAP_EXCEEDED, '批准金额须大于 0 且不超过申请金额', {
          requestedFen: v.requested_fen,
        });
      const expiresOn = reservationEnd(chinaToday(), programme.reservation_days);
      await this.vouchers.approve(em, id, amountFen, expiresOn, principal.userId, note?.trim() || null);
      await this.programmes.moveTotals(em, programme.id, amountFen, 0n);
      await this.programmes.appendLedger(em, {
        programmeId: programme.id,
        voucherId: id,
        kind: 'reserved',
        amountFen,
        reason: '批准申请，预留额度',
        userId: principal.userId,
      });
      await this.record(em, principal, 'voucher.approve', programme, id, { approvedFen: String(amountFen), expiresOn });
      await this.publish(em, VOUCHER_DECIDED, id, 'approved');
    });
  }

  async reject(principal: Principal, id: string, note: string): Promise<VoucherView> {
    return this.underLocks(id, async (em, programme, v) => {
      if (v.status !== 'applied') throw new VoucherWrongStatusError(v.status, '审批');
      await this.vouchers.reject(em, id, principal.userId, note.trim());
      await this.record(em, principal, 'voucher.reject', programme, id, { note: note.trim() });
      await this.publish(em, VOUCHER_DECIDED, id, 'rejected');
    });
  }

  /**
   * The enterprise asks for redemption with a certified contract it bought the service under from
   * the voucher's provider (its amount as certified is the service price), or a service record.
   */
  async requestRedemption(principal: Principal, id: string, input: RedemptionInput): Promise<VoucherView> {
    return this.underLocks(id, async (em, programme, v) => {
      if (v.status !== 'approved') throw new VoucherWrongStatusError(v.status, '申请兑付');
      let contractId: string | null = null;
      let serviceFen: bigint;
      let evidence: string | null = null;
      if (input.contractId === undefined && (input.serviceFen === undefined || input.evidence === undefined))
        throw new VoucherInputError([
          { field: 'contractId', messages: ['请选择已认定登记的技术合同，或填写服务金额和服务凭证'] },
        ]);
      if (input.contractId !== undefined) {
        const c = await this.contracts.record(em, input.contractId);
        if (!c || c.buyer_org_id !== v.enterprise_org_id || c.seller_org_id !== v.provider_org_id)
          throw new VouchersError(
            VouchersErrorCode.VOUCHER_CONTRACT_MISMATCH,
            '该合同不是本企业（买方）与创新券所列服务机构（卖方）签订的合同',
            { contractId: input.contractId },
          );
        if (c.status !== 'certified' || c.cancelled)
          throw new VouchersError(VouchersErrorCode.VOUCHER_CONTRACT_NOT_CERTIFIED, '该合同尚未认定登记（或已撤销）', {
            contractId: input.contractId,
          });
        contractId = c.id;
        serviceFen = BigInt(c.contract_amount_fen);
      } else {
        serviceFen = BigInt(input.serviceFen!);
        evidence = input.evidence!.trim();
        if (serviceFen <= 0n) throw new VoucherInputError([{ field: 'serviceFen', messages: ['服务金额须大于 0'] }]);
      }
      await this.vouchers.requestRedemption(em, id, { contractId, serviceFen, evidence }).catch((err: unknown) => {
        throw mapViolation(err, {
          unique: () =>
            new VouchersError(VouchersErrorCode.VOUCHER_CONTRACT_TAKEN, '该合同已用于另一张创新券的兑付', {
              contractId,
            }),
        });
      });
      await this.publish(em, VOUCHER_REDEMPTION_REQUESTED, id);
    });
  }

  /** The issuing bureau redeems: the subsidy of the service (at most the reservation) moves to redeemed, the rest is released. */
  async redeem(principal: Principal, id: string): Promise<VoucherView> {
    return this.underLocks(id, async (em, programme, v) => {
      if (v.status !== 'redemption_requested') throw new VoucherWrongStatusError(v.status, '兑付');
      const approved = BigInt(v.approved_fen!);
      const redeemed = redemptionOf(approved, BigInt(v.service_fen!), programme.subsidy_percent);
      await this.vouchers.redeem(em, id, redeemed, principal.userId);
      await this.programmes.moveTotals(em, programme.id, -approved, redeemed);
      const entry = { programmeId: programme.id, voucherId: id, userId: principal.userId };
      await this.programmes.appendLedger(em, { ...entry, kind: 'redeemed', amountFen: redeemed, reason: '兑付' });
      if (approved > redeemed)
        await this.programmes.appendLedger(em, {
          ...entry,
          kind: 'released',
          amountFen: approved - redeemed,
          reason: '兑付金额低于预留额度，释放差额',
        });
      await this.record(em, principal, 'voucher.redeem', programme, id, { redeemedFen: String(redeemed) });
      await this.publish(em, VOUCHER_REDEMPTION_DECIDED, id, 'redeemed');
    });
  }

  /** The bureau returns a redemption request with a reason; the reservation stands until it expires. */
  async returnRedemption(principal: Principal, id: string, note: string): Promise<VoucherView> {
    return this.underLocks(id, async (em, programme, v) => {
      if (v.status !== 'redemption_requested') throw new VoucherWrongStatusError(v.status, '退回兑付申请');
      await this.vouchers.returnRedemption(em, id, note.trim());
      await this.record(em, principal, 'voucher.redemption_return', programme, id, { note: note.trim() });
      await this.publish(em, VOUCHER_REDEMPTION_DECIDED, id, 'returned');
    });
  }

  async get(id: string): Promise<VoucherView> {
    const row = await this.vouchers.find(this.ds.manager, id);
    if (!row) throw new VoucherNotFoundError(id);
    return voucherView(row, this.regions);
  }

  /** A bureau's subtree (issued or served there), the platform all, an organisation its own (as applicant or provider). */
  async list(principal: Principal, q: VoucherListQuery): Promise<Page<VoucherView>> {
    const scope = isPlatformAdmin(principal)
      ? {}
      : isBureau(principal)
        ? { root: principal.regionCode }
        : q.as === 'provider'
          ? { providerOrgId: principal.orgId }
          : { enterpriseOrgId: principal.orgId };
    const [rows, total] = await this.vouchers.list(
      this.ds.manager,
      { ...scope, statuses: q.status, programmeId: q.programmeId },
      pageOffset(q),
      q.pageSize,
    );
    return toPage(
      rows.map((r) => voucherView(r, this.regions)),
      total,
      q,
    );
  }

  /** Runs `work` under the voucher's programme lock, then the voucher's; answers the voucher as it then is. */
  private async underLocks(
    id: string,
    work: (em: EntityManager, programme: ProgrammeRow, v: VoucherRow) => Promise<void>,
  ): Promise<VoucherView> {
    const found = await this.vouchers.find(this.ds.manager, id);
    if (!found) throw new VoucherNotFoundError(id);
    return this.ds.transaction(async (em) => {
      const programme = (await this.programmes.lock(em, found.programme_id))!;
      const v = (await this.vouchers.lock(em, id))!;
      await work(em, programme, v);
      return voucherView((await this.vouchers.find(em, id))!, this.regions);
    });
  }

  private async record(
    em: EntityManager,
    principal: Principal,
    action: string,
    programme: ProgrammeRow,
    id: string,
    after: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(em, {
      actor: principal,
      action,
      targetType: 'voucher',
      targetId: id,
      regionCode: programme.region_code,
      after,
    });
  }

  private publish(
    em: EntityManager,
    topic: string,
    voucherId: string,
    outcome?: VoucherEvent['outcome'],
  ): Promise<void> {
    const event: VoucherEvent = { voucherId, ...(outcome ? { outcome } : {}) };
    return this.events.publish(em, topic, { key: voucherEventKey(voucherId), payload: { ...event } });
  }
}
