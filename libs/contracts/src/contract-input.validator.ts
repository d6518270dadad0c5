import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  contractableStage,
  contractAuthorship,
  DealService,
  defaultIntermediary,
  type DealContractSource,
} from '../../brokerage/src/index.js';
import {
  isValidCreditCode,
  normalizeCreditCode,
  OrgDirectoryService,
  type OrgSummary,
} from '../../identity/src/index.js';
import { CodeTableService, RegionService } from '../../reference/src/index.js';
import type { Principal } from '../../shared/auth/index.js';
import type { FieldError } from '../../shared/errors/index.js';
import { checkContractAmounts } from './amounts.js';
import { benefitShareProblems } from './benefit-rules.js';
import { ContractsError, ContractsErrorCode, ContractValidationError } from './contracts.errors.js';
import type { ContractInput, ContractPartyInput } from './contract.types.js';
import { isUuid } from '../../shared/validation/index.js';

export interface ResolvedParty {
  orgId: string | null;
  name: string;
  creditCode: string | null;
  regionCode: string;
}

/** A contract that passed every rule, ready to be written. */
export interface ValidContract {
  title: string;
  typeCode: string;
  subtypeCode: string;
  fieldCode: string;
  seller: ResolvedParty & { orgId: string };
  sellerOrgType: string;
  buyer: ResolvedParty;
  intermediary: ResolvedParty | null;
  contractFen: bigint;
  techFen: bigint;
  signedOn: string;
  termStart: string | null;
  termEnd: string | null;
  negotiatedPrice: boolean;
  teamPercent: number | null;
  staffPercent: number | null;
  dealId: string | null;
  achievementId: string | null;
  needId: string | null;
}

/** One organisation, whether named by its platform record or by its credit code. */
const sameParty = (a: ResolvedParty, b: ResolvedParty): boolean =>
  (a.orgId !== null && a.orgId === b.orgId) || (!!a.creditCode && a.creditCode === b.creditCode);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (s: string) =>
  DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Every rule a contract's content must meet, checked on the whole contract (creation, and the
 * merged result of an update): code tables in force on the signing date, parties and regions
 * that exist, amounts, benefit shares, and who may write it (the seller, or the deal's broker
 * for the parties).
 */
@Injectable()
export class ContractInputValidator {
  constructor(
    private readonly codes: CodeTableService,
    private readonly regions: RegionService,
    private readonly deals: DealService,
    private readonly orgs: OrgDirectoryService,
  ) {}

  async validate(em: EntityManager, principal: Principal, input: ContractInput, today: string): Promise<ValidContract> {
    const errors: FieldError[] = [];
    const fail = (field: string, message: string) => errors.push({ field, messages: [message] });

    const signedOnOk = typeof input.signedOn === 'string' && isDate(input.signedOn);
    if (!signedOnOk) fail('signedOn', '签订日期必须是 YYYY-MM-DD');
    else if (input.signedOn > today) fail('signedOn', '签订日期不能晚于今天');
    for (const k of ['termStart', 'termEnd'] as const) {
      const v = input[k];
      if (v !== undefined && v !== null && !isDate(v)) fail(k, '日期必须是 YYYY-MM-DD');
    }
    if (
      input.termStart &&
      input.termEnd &&
      isDate(input.termStart) &&
      isDate(input.termEnd) &&
      input.termStart > input.termEnd
    ) {
      fail('termEnd', '合同期限的结束日期不能早于开始日期');
    }

    const at = signedOnOk ? input.signedOn : today;
    let typeCode = '';
    const subtype =
      typeof input.contractSubtypeCode === 'string'
        ? await this.codes.contractSubtype(input.contractSubtypeCode, at)
        : undefined;
    if (!subtype)
      fail('contractSubtypeCode', `合同子类型 ${String(input.contractSubtypeCode)} 不存在或在签订日期 ${at} 不适用`);
    else {
      typeCode = subtype.parentCode!;
      if (input.contractTypeCode && input.contractTypeCode !== typeCode) {
        fail(
          'contractTypeCode',
          `合同类型 ${input.contractTypeCode} 与子类型 ${subtype.code} 不符（应为 ${typeCode}）`,
        );
      }
    }
    if (typeof input.techFieldCode !== 'string' || !(await this.codes.isTechFieldInForce(input.techFieldCode, at))) {
      fail('techFieldCode', `技术领域 ${String(input.techFieldCode)} 不存在或在签订日期 ${at} 不适用`);
    }

    const amounts = checkContractAmounts(input.contractAmountFen, input.techAmountFen);
    if (!amounts.ok) errors.push(...amounts.errors);
    const team = input.benefit?.teamPercent ?? null;
    const staff = input.benefit?.staffPercent ?? null;
    errors.push(...benefitShareProblems(team, staff));

    let deal: DealContractSource | undefined;
    if (input.dealId) {
      deal = await this.deals.contractSource(em, input.dealId);
      if (!deal) fail('dealId', '对接项目不存在');
    }

    // The seller is always a registered organisation: the author's own unless a deal's broker writes for its seller.
    const sellerIn: ContractPartyInput = { ...input.seller, orgId: input.seller?.orgId ?? principal.orgId };
    // A deal's broker is its intermediary, unless the broker's organisation is itself a party (an org admin brokering its own deal).
    const brokerOrg = defaultIntermediary(deal);
    const intermediaryIn: ContractPartyInput | null = input.intermediary ?? (brokerOrg ? { orgId: brokerOrg } : null);
    // A counterpart typed in by hand whose credit code belongs to a registered organisation is that
    // organisation: its record decides name and region (and a typed name or region must agree with it).
    const buyerIn = await this.recognise(input.buyer ?? {}, em);
    const orgIds = [sellerIn.orgId, buyerIn.orgId, intermediaryIn?.orgId].filter(
      (x): x is string => typeof x === 'string' && isUuid(x),
    );
    const orgById = await this.orgs.summaries(orgIds, em);

    const seller = this.resolveParty('seller', sellerIn, orgById, errors, true);
    const buyer = this.resolveParty('buyer', buyerIn, orgById, errors, true);
    const intermediary = intermediaryIn
      ? this.resolveParty('intermediary', intermediaryIn, orgById, errors, false)
      : null;

    if (typeof input.title !== 'string' || input.title.trim().length < 2 || input.title.length > 200)
      fail('title', '合同名称为 2–200 个字符');
    if (seller && buyer && seller.orgId !== null && seller.orgId === buyer.orgId)
      fail('buyer.orgId', '买方与卖方不能是同一机构');
    // The registry certifies who stood between the parties: a party named as its own intermediary
    // would put a false 中介方 on the record (and into the brokers' statistics).
    if (intermediary && [seller, buyer].some((party) => party && sameParty(party, intermediary)))
      fail('intermediary.orgId', '中介方不能是合同的卖方或买方');

    if (errors.length) throw new ContractValidationError(errors);

    this.assertAuthor(principal, seller!.orgId!, buyer!.orgId, deal);
    if (deal && !contractableStage(deal)) {
      throw new ContractsError(
        ContractsErrorCode.CONTRACT_DEAL_NOT_SIGNED,
        '对接项目尚未进入「已签约」阶段，不能据此登记合同',
        { dealId: deal.id, stage: deal.stage },
      );
    }
    return {
      title: input.title.trim(),
      typeCode,
      subtypeCode: subtype!.code,
      fieldCode: input.techFieldCode,
      seller: seller as ResolvedParty & { orgId: string },
      sellerOrgType: orgById.get(seller!.orgId!)!.type,
      buyer: buyer!,
      intermediary,
      contractFen: amounts.ok ? amounts.contractFen : 0n,
      techFen: amounts.ok ? amounts.techFen : 0n,
      signedOn: input.signedOn,
      termStart: input.termStart ?? null,
      termEnd: input.termEnd ?? null,
      negotiatedPrice: input.negotiatedPrice ?? false,
      teamPercent: team,
      staffPercent: staff,
      dealId: input.dealId ?? null,
      achievementId: input.achievementId ?? null,
      needId: input.needId ?? null,
    };
  }

  /** The seller organisation writes its contracts; a deal's broker may write them for the parties. */
  private assertAuthor(
    principal: Principal,
    sellerOrgId: string,
    buyerOrgId: string | null,
    deal: DealContractSource | undefined,
  ): void {
    const who = contractAuthorship(principal, sellerOrgId, buyerOrgId, deal);
    if (who === 'seller' || who === 'deal-broker') return;
    if (who === 'seller-not-in-deal')
      throw new ContractValidationError([{ field: 'dealId', messages: ['卖方不是该对接项目已接受的参与方'] }]);
    throw new ContractsError(
      ContractsErrorCode.CONTRACT_FORBIDDEN,
      '只有卖方机构或该对接项目的经纪人（为其参与方）可以填写合同',
    );
  }

  private async recognise(p: ContractPartyInput, em: EntityManager): Promise<ContractPartyInput> {
    if (p.orgId || !p.creditCode) return p;
    const code = normalizeCreditCode(p.creditCode);
    const org = (await this.orgs.summariesByCreditCode([code], em)).get(code);
    return org ? { ...p, orgId: org.id } : p;
  }

  /**
   * A registered organisation's name, credit code and region are its record's: a request that
   * states others is refused (the registry must not certify a false party). An unregistered
   * counterpart is entered with all three, the credit code checked (GB 32100-2015).
   */
  private resolveParty(
    field: string,
    p: ContractPartyInput,
    orgById: Map<string, OrgSummary>,
    errors: FieldError[],
    required: boolean,
  ): ResolvedParty | null {
    const start = errors.length;
    const fail = (f: string, message: string) => errors.push({ field: `${field}.${f}`, messages: [message] });
    if (p.orgId) {
      const org = orgById.get(p.orgId);
      if (!org) {
        fail('orgId', '机构不存在');
        return null;
      }
      const stated = (v: string | null | undefined) => v !== undefined && v !== null && v.trim() !== '';
      if (stated(p.name) && p.name!.trim() !== org.name)
        fail('name', `平台机构的名称以登记信息为准（${org.name}），不能另填`);
      if (stated(p.creditCode) && normalizeCreditCode(p.creditCode!) !== org.creditCode)
        fail('creditCode', '平台机构的统一社会信用代码以登记信息为准，不能另填');
      if (stated(p.regionCode) && p.regionCode !== org.regionCode)
        fail('regionCode', `平台机构的所在地区以登记信息为准（${org.regionCode}），不能另填`);
      if (field === 'seller' && !org.verified) fail('orgId', '卖方机构尚未通过科技局认证');
      return errors.length > start
        ? null
        : { orgId: org.id, name: org.name, creditCode: org.creditCode, regionCode: org.regionCode };
    }
    if (field === 'seller') {
      fail('orgId', '卖方须为平台上已认证的机构');
      return null;
    }
    const name = p.name?.trim() ?? '';
    const creditCode = p.creditCode ? normalizeCreditCode(p.creditCode) : '';
    const region = p.regionCode ?? '';
    if (!required && !name && !creditCode && !region) return null;
    if (name.length === 0 || name.length > 200) fail('name', '须填写机构名称（1–200 个字符）或选择平台上的机构');
    if (!isValidCreditCode(creditCode))
      fail('creditCode', '未在平台注册的机构须填写正确的统一社会信用代码（18 位，末位为校验码）');
    if (!/^\d{6}$/.test(region) || !this.regions.find(region))
      fail('regionCode', region ? `行政区划代码 ${region} 不存在` : '须填写所在地区的行政区划代码');
    return errors.length > start ? null : { orgId: null, name, creditCode, regionCode: region };
  }
}
