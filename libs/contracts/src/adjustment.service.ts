import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/src/index.js';
import { RegionService } from '../../reference/src/index.js';
import { StatisticsLedger } from '../../statistics/src/index.js';
import { decide, POLICY_TABLE, type Principal } from '../../shared/auth/index.js';
import { EventBus } from '../../shared/jobs/index.js';
import { contractFacts } from './contract-facts.js';
import { inTransaction } from '../../shared/database/index.js';
import { checkContractAmounts } from './amounts.js';
import { Clock } from './clock.js';
import { CONTRACT_AMENDED, CONTRACT_CANCELLED, contractEvent } from './contract.events.js';
import { ContractRepository } from './contract.repository.js';
import type { ContractRow } from './contract.row.js';
import type { ContractView } from './contract.types.js';
import { ContractsError, ContractsErrorCode, ContractValidationError } from './contracts.errors.js';

export interface AmendInput {
  effectiveDate: string;
  contractAmountFen: string | number;
  techAmountFen: string | number;
  reason: string;
}

export interface CancelInput {
  effectiveDate: string;
  reason: string;
}

/**
 * Amendments (变更) and cancellations (撤销) of certified contracts: new records with an
 * effective date and signed deltas, appended to the statistics ledger. The certified record
 * and its approved figures never change.
 */
@Injectable()
export class AdjustmentService {
  constructor(
    private readonly ds: DataSource,
    private readonly repo: ContractRepository,
    private readonly regions: RegionService,
    private readonly audit: AuditService,
    private readonly ledger: StatisticsLedger,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async amend(principal: Principal, id: string, input: AmendInput, outer?: EntityManager): Promise<ContractView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const { c, current } = await this.prepare(em, principal, id, input.effectiveDate);
        const amounts = checkContractAmounts(input.contractAmountFen, input.techAmountFen);
        if (!amounts.ok) throw new ContractValidationError(amounts.errors);
        const contractDelta = amounts.contractFen - current.contract;
        const techDelta = amounts.techFen - current.tech;
        if (contractDelta === 0n && techDelta === 0n) {
          throw new ContractValidationError([{ field: 'contractAmountFen', messages: ['变更后的金额与现有金额相同'] }]);
        }
        await this.record(
          em,
          principal,
          c,
          'amendment',
          input.effectiveDate,
          contractDelta,
          techDelta,
          0,
          amounts.contractFen,
          amounts.techFen,
          input.reason,
        );
        return this.repo.view(em, id, this.clock.today());
      },
      outer,
    );
  }

  async cancel(principal: Principal, id: string, input: CancelInput, outer?: EntityManager): Promise<ContractView> {
    return inTransaction(
      this.ds,
      async (em) => {
        const { c, current } = await this.prepare(em, principal, id, input.effectiveDate);
        await this.record(
          em,
          principal,
          c,
          'cancellation',
          input.effectiveDate,
          -current.contract,
          -current.tech,
          -1,
          0n,
          0n,
          input.reason,
        );
        return this.repo.view(em, id, this.clock.today());
      },
      outer,
    );
  }

  private async prepare(em: EntityManager, principal: Principal, id: string, effectiveDate: string) {
    // Locks the contract so that two adjustments compute their deltas one after the other.
    const c = await this.repo.get(em, id, true);
    // The policy table's row again, on the locked row (the guard checked it before the lock).
    if (!decide(POLICY_TABLE['contract.amend'], principal, contractFacts(c), this.regions).allow) {
      throw new ContractsError(ContractsErrorCode.CONTRACT_OUT_OF_REGION, '卖方不在本登记机构的辖区内', {
        sellerRegionCode: c.seller_region_code,
      });
    }
    if (c.status !== 'certified')
      throw new ContractsError(ContractsErrorCode.CONTRACT_NOT_CERTIFIED, '只有已认定登记的合同可以变更或撤销', {
        status: c.status,
      });
    const totals = await this.repo.adjustmentTotals(em, id);
    if (totals?.cancelled) throw new ContractsError(ContractsErrorCode.CONTRACT_CANCELLED, '合同已撤销登记');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) || effectiveDate < c.certified_on!) {
      throw new ContractValidationError([
        { field: 'effectiveDate', messages: [`生效日期须为 YYYY-MM-DD，且不早于认定日期 ${c.certified_on}`] },
      ]);
    }
    const current = {
      contract: BigInt(c.approved_contract_amount_fen!) + BigInt(totals?.contract_delta ?? '0'),
      tech: BigInt(c.approved_tech_amount_fen!) + BigInt(totals?.tech_delta ?? '0'),
    };
    return { c, current };
  }

  private async record(
    em: EntityManager,
    principal: Principal,
    c: ContractRow,
    kind: 'amendment' | 'cancellation',
    effectiveDate: string,
    contractDelta: bigint,
    techDelta: bigint,
    countDelta: 0 | -1,
    contractAfter: bigint,
    techAfter: bigint,
    reason: string,
  ): Promise<void> {
    const adjustmentId = await this.repo.insertAdjustment(em, {
      contractId: c.id,
      kind,
      effectiveDate,
      contractDelta,
      techDelta,
      countDelta,
      contractAfter,
      techAfter,
      reason,
      recordedBy: principal.userId,
    });
    await this.ledger.append(em, [
      {
        contractId: c.id,
        registrationNo: c.registration_no!,
        entryKind: kind,
        source: 'platform',
        effectiveDate,
        sellerRegionCode: c.seller_region_code,
        buyerRegionCode: c.buyer_region_code,
        registryRegionCode: c.registry_region_code!,
        // Only certified contracts are adjusted: all three are set.
        contractTypeCode: c.contract_type_code!,
        contractSubtypeCode: c.contract_subtype_code!,
        techFieldCode: c.tech_field_code!,
        priceRoute: c.price_route,
        countDelta,
        contractAmountFen: contractDelta.toString(),
        techAmountFen: techDelta.toString(),
        contractName: c.title,
        sellerName: c.seller_name,
        buyerName: c.buyer_name,
      },
    ]);
    await this.audit.record(em, {
      actor: principal,
      action: `contract.${kind === 'amendment' ? 'amend' : 'cancel'}`,
      targetType: 'tech_contract',
      targetId: c.id,
      regionCode: c.seller_region_code,
      before: {
        contractAmountFen: (contractAfter - contractDelta).toString(),
        techAmountFen: (techAfter - techDelta).toString(),
      },
      after: {
        adjustmentId,
        effectiveDate,
        contractAmountFen: contractAfter.toString(),
        techAmountFen: techAfter.toString(),
        contractAmountDeltaFen: contractDelta.toString(),
        techAmountDeltaFen: techDelta.toString(),
        reason,
      },
    });
    await this.events.publish(
      em,
      kind === 'amendment' ? CONTRACT_AMENDED : CONTRACT_CANCELLED,
      contractEvent({ contractId: c.id, status: c.status, adjustmentId }),
    );
  }
}
