import { Injectable } from '@nestjs/common';
import { tradingResources } from './policy-resources.trading.js';
import type { ResourceLookup, ResourceResolver } from './resource-resolver.js';
import { AuditError, AuditErrorCode } from '../../../../libs/audit/src/index.js';
import { AuctionFactsReader } from '../../../../libs/auctions/src/index.js';
import { RoadshowFactsReader } from '../../../../libs/roadshows/src/index.js';
import {
  ListedSaleFactsReader,
  ListedSalesError,
  ListedSalesErrorCode,
} from '../../../../libs/listed-sales/src/index.js';
import {
  BrokerageError,
  BrokerageErrorCode,
  DealFactsReader,
  DealNotFoundError,
} from '../../../../libs/brokerage/src/index.js';
import {
  ContractFactsReader,
  ContractNotFoundError,
  ContractsError,
  ContractsErrorCode,
} from '../../../../libs/contracts/src/index.js';
import {
  IdentityError,
  IdentityErrorCode,
  IdentityFactsReader,
  OrgNotFoundError,
  PermissionDeniedError,
  UserNotFoundError,
} from '../../../../libs/identity/src/index.js';
import { ImportFactsReader, ImportsError, ImportsErrorCode } from '../../../../libs/imports/src/index.js';
import {
  ListingFactsReader,
  ListingNotFoundError,
  ListingNotOwnerError,
  ListingReviewOutOfRegionError,
  type ListingKind,
} from '../../../../libs/listings/src/index.js';
import { NotificationFactsReader, NotificationNotFoundError } from '../../../../libs/notifications/src/index.js';
import {
  RegionService,
  TargetAdminService,
  TargetError,
  ReferenceErrorCode,
} from '../../../../libs/reference/src/index.js';
import {
  RegistryEntryFactsReader,
  RegistryEntryNotFoundError,
  RegistryOutOfRegionError,
} from '../../../../libs/registries/src/index.js';
import {
  ReportedFigureFactsReader,
  ReportedFigureNotFoundError,
  ReportedFigureOutOfRegionError,
  ReportedFigureSelfApprovalError,
  StatsRegionForbiddenError,
} from '../../../../libs/statistics/src/index.js';
import { VoucherFactsReader } from '../../../../libs/vouchers/src/index.js';
import { LoanFactsReader } from '../../../../libs/loans/src/index.js';
import { financeResources } from './policy-resources.finance.js';
import type { OperationName } from '../../../../libs/shared/auth/index.js';
import type { AppError } from '../../../../libs/shared/errors/index.js';
import { UUID_PATTERN } from '../../../../libs/shared/validation/index.js';

export type { ResourceLookup, ResourceResolver } from './resource-resolver.js';

const LISTING_PATH: Record<string, ListingKind> = {
  needs: 'need',
  achievements: 'achievement',
  challenges: 'challenge',
};
const CERTIFY_FAMILY = new Set<OperationName>([
  'contract.certify',
  'contract.reject',
  'contract.amend',
  'contract.cancel',
]);

/** The resource kinds of the policy table (`resource.kind`), each read through the lib that owns it. */
@Injectable()
export class PolicyResources {
  private readonly byKind: Record<string, ResourceResolver>;

  constructor(
    contracts: ContractFactsReader,
    deals: DealFactsReader,
    listings: ListingFactsReader,
    identity: IdentityFactsReader,
    notifications: NotificationFactsReader,
    imports: ImportFactsReader,
    reported: ReportedFigureFactsReader,
    registries: RegistryEntryFactsReader,
    auctions: AuctionFactsReader,
    roadshows: RoadshowFactsReader,
    listedSales: ListedSaleFactsReader,
    vouchers: VoucherFactsReader,
    loans: LoanFactsReader,
    targets: TargetAdminService,
    regions: RegionService,
  ) {
    /** A plan or a target: its region is its home; only bureau admins of it or above manage it. */
    const targetResource = (
      regionOf: (id: number) => Promise<string | undefined>,
      notFoundCode: ReferenceErrorCode,
      notFoundText: string,
    ): ResourceResolver => ({
      facts: async (l) => {
        const region = l.id ? await regionOf(Number(l.id)) : undefined;
        return region ? { regions: { home: region } } : null;
      },
      notFound: (l) => new TargetError(notFoundCode, notFoundText, { id: l.id }),
      forbidden: (_op, _l, facts) =>
        new TargetError(
          ReferenceErrorCode.TARGET_OUT_OF_REGION,
          '只有该地区（或上级）科技局的管理员可以管理其规划目标',
          {
            regionCode: facts.regions?.home,
          },
        ),
      idPattern: /^[1-9]\d{0,8}$/,
    });
    const listing = (fixed?: ListingKind): ResourceResolver => {
      const kindOf = (l: ResourceLookup) => fixed ?? LISTING_PATH[l.params.kind ?? ''];
      return {
        facts: async (l) => {
          const kind = kindOf(l);
          return kind && l.id ? listings.listing(kind, l.id, l.caller) : null;
        },
        notFound: (l) => new ListingNotFoundError(kindOf(l) ?? 'need', l.id ?? ''),
        forbidden: (op, l) =>
          op === 'listing.approve' || op === 'listing.reject'
            ? new ListingReviewOutOfRegionError(l.caller?.regionCode ?? '')
            : new ListingNotOwnerError(),
        readOperation: 'listing.read',
        idPattern: UUID_PATTERN,
      };
    };
    const regionFor = (l: ResourceLookup): string | undefined => (l.id === undefined ? l.caller?.regionCode : l.id);
    this.byKind = {
      contract: {
        facts: (l) => (l.id ? contracts.contract(l.id) : Promise.resolve(null)),
        notFound: (l) => new ContractNotFoundError(l.id ?? ''),
        forbidden: (op) =>
          CERTIFY_FAMILY.has(op)
            ? new ContractsError(ContractsErrorCode.CONTRACT_OUT_OF_REGION, '卖方不在本登记机构的辖区内')
            : new ContractsError(
                ContractsErrorCode.CONTRACT_FORBIDDEN,
                op === 'contract.submit'
                  ? '只有卖方机构可以提交登记'
                  : '只有卖方机构（或代为填写的经纪机构）可以操作该合同',
              ),
        readOperation: 'contract.read',
        idPattern: UUID_PATTERN,
      },
      publication: {
        facts: (l) => (l.id ? contracts.publication(l.id) : Promise.resolve(null)),
        notFound: (l) => new ContractsError(ContractsErrorCode.PUBLICATION_NOT_FOUND, '公示不存在', { id: l.id }),
        forbidden: () => new ContractsError(ContractsErrorCode.CONTRACT_FORBIDDEN, '只有卖方和辖区科技局可以查看异议'),
        idPattern: UUID_PATTERN,
      },
      deal: {
        facts: (l) => (l.id ? deals.deal(l.id) : Promise.resolve(null)),
        notFound: (l) => new DealNotFoundError(l.id ?? ''),
        forbidden: (op) =>
          op === 'deal.accept' || op === 'deal.decline'
            ? new BrokerageError(BrokerageErrorCode.DEAL_NOT_A_PARTY, '本机构不是该对接的参与方')
            : op === 'deal.note'
              ? new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有经纪人和已接受的参与方可以记录进展')
              : new BrokerageError(BrokerageErrorCode.DEAL_FORBIDDEN, '只有该对接的经纪人可以推进阶段或修改佣金'),
        readOperation: 'deal.read',
        idPattern: UUID_PATTERN,
      },
      'deal-board': {
        facts: async (l) => {
          const scope = l.query.scope === 'region' ? 'region' : 'broker';
          const target = scope === 'region' ? regionFor(l) : undefined;
          if (target !== undefined && !regions.find(target)) return null;
          return { regions: { target: target ?? null }, states: [`scope:${scope}`] };
        },
        notFound: () => new PermissionDeniedError(),
        forbidden: (_op, l) =>
          new BrokerageError(BrokerageErrorCode.DEAL_REGION_FORBIDDEN, '只能查看本辖区的对接项目', {
            region: regionFor(l),
          }),
        passUnknown: true,
      },
      need: listing('need'),
      achievement: listing('achievement'),
      challenge: listing('challenge'),
      listing: listing(),
      organization: {
        facts: (l) => (l.id ? identity.organization(l.id) : Promise.resolve(null)),
        notFound: (l) => new OrgNotFoundError(l.id ?? ''),
        forbidden: (_op, l, facts) => {
          const home = facts.regions?.home;
          const inReach =
            typeof home === 'string' &&
            !!l.caller &&
            home !== l.caller.regionCode &&
            regions.within(home, l.caller.regionCode);
          return facts.states?.includes('bureau') && inReach
            ? new IdentityError(IdentityErrorCode.ORG_VERIFY_REQUIRES_ADMIN, '科技局须由上级科技局的管理员审核')
            : new IdentityError(
                IdentityErrorCode.ORG_OUT_OF_REGION,
                '该机构不在本辖区内，或为本机构、同级科技局，无权审核',
              );
        },
        readOperation: 'org.read',
        idPattern: UUID_PATTERN,
      },
      member: {
        facts: (l) => (l.id ? identity.member(l.id) : Promise.resolve(null)),
        notFound: (l) => new UserNotFoundError(l.id ?? ''),
        forbidden: (_op, l) => new UserNotFoundError(l.id ?? ''),
        hideAlways: true,
        idPattern: UUID_PATTERN,
      },
      notification: {
        facts: (l) => (l.id ? notifications.notification(l.id) : Promise.resolve(null)),
        notFound: (l) => new NotificationNotFoundError(l.id ?? ''),
        forbidden: (_op, l) => new NotificationNotFoundError(l.id ?? ''),
        hideAlways: true,
        idPattern: UUID_PATTERN,
      },
      import: {
        facts: (l) => (l.id ? imports.job(l.id) : Promise.resolve(null)),
        notFound: (l) => new ImportsError(ImportsErrorCode.IMPORT_NOT_FOUND, '导入任务不存在', { id: l.id }),
        forbidden: (_op, l) =>
          new ImportsError(ImportsErrorCode.IMPORT_OUT_OF_REGION, '该导入任务不属于本局辖区', { id: l.id }),
        idPattern: UUID_PATTERN,
      },
      'target-plan': targetResource(
        (id) => targets.planRegion(id),
        ReferenceErrorCode.TARGET_PLAN_NOT_FOUND,
        '规划不存在',
      ),
      'policy-target': targetResource(
        (id) => targets.targetRegion(id),
        ReferenceErrorCode.TARGET_NOT_FOUND,
        '规划目标不存在',
      ),
      'reported-figure': {
        facts: (l) => (l.id ? reported.figure(l.id) : Promise.resolve(null)),
        notFound: (l) => new ReportedFigureNotFoundError(l.id ?? ''),
        forbidden: (_op, l, facts) =>
          l.caller && facts.users?.enteredBy === l.caller.userId
            ? new ReportedFigureSelfApprovalError()
            : new ReportedFigureOutOfRegionError(String(facts.regions?.home ?? '')),
        idPattern: UUID_PATTERN,
      },
      'registry-entry': {
        facts: (l) => (l.id ? registries.entry(l.id) : Promise.resolve(null)),
        notFound: (l) => new RegistryEntryNotFoundError(l.id ?? ''),
        forbidden: (_op, _l, facts) => new RegistryOutOfRegionError(String(facts.regions?.home ?? '')),
        idPattern: UUID_PATTERN,
      },
      ...tradingResources(auctions, roadshows, listedSales, vouchers),
      ...financeResources(loans),
      region: {
        facts: async (l) => {
          const code = regionFor(l);
          return code !== undefined && regions.find(code) ? { regions: { target: code } } : null;
        },
        notFound: () => new PermissionDeniedError(),
        forbidden: (op, l) => regionRefusal(op, regionFor(l) ?? '', l.caller?.regionCode ?? null),
        passUnknown: true,
      },
    };
  }

  resolver(kind: string): ResourceResolver {
    const r = this.byKind[kind];
    if (!r) throw new Error(`policy table names an unknown resource kind: ${kind}`);
    return r;
  }
}

/** Each region-scoped operation refuses an out-of-region caller in its own lib's words. */
function regionRefusal(op: OperationName, region: string, callerRegion: string | null): AppError {
  if (op.startsWith('stats.')) return new StatsRegionForbiddenError(region, callerRegion);
  if (op.startsWith('reported.')) return new ReportedFigureOutOfRegionError(region);
  if (op.startsWith('registry.')) return new RegistryOutOfRegionError(region);
  if (op.startsWith('target-plan.'))
    return new TargetError(
      ReferenceErrorCode.TARGET_OUT_OF_REGION,
      `地区 ${region} 不在本局辖区内，不能管理其规划目标`,
      {
        regionCode: region,
      },
    );
  if (op === 'audit.list')
    return new AuditError(AuditErrorCode.AUDIT_FORBIDDEN, '只能查看本辖区的审计日志', { regionCode: region });
  if (op === 'contract.certified' || op === 'contract.time-limit') {
    return new ContractsError(
      ContractsErrorCode.CONTRACT_OUT_OF_REGION,
      op === 'contract.certified' ? '只能查看本辖区的登记合同' : '只有本辖区的科技局管理员可以设置登记时限',
      { region },
    );
  }
  if (op === 'listed-sale.period.update')
    return new ListedSalesError(
      ListedSalesErrorCode.LISTED_SALE_OUT_OF_REGION,
      '只有本辖区的科技局管理员可以设置最短挂牌期',
      {
        region,
      },
    );
  if (op === 'import.create.region')
    return new ImportsError(ImportsErrorCode.IMPORT_OUT_OF_REGION, `地区 ${region} 不在本局辖区内`, {
      regionCode: region,
    });
  if (op === 'org.bureau.create')
    return new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '只能为本辖区的下级地区开通科技局账号', {
      regionCode: region,
    });
  return new IdentityError(IdentityErrorCode.ORG_OUT_OF_REGION, '只能查看本辖区的机构', { regionCode: region });
}
