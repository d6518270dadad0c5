import { Injectable } from '@nestjs/common';
import { AuditError, AuditErrorCode } from '../../../../libs/audit/src/index.js';
import {
  AuctionFactsReader,
  AuctionNotFoundError,
  AuctionSellerCannotBidError,
  AuctionsError,
  AuctionsErrorCode,
} from '../../../../libs/auctions/src/index.js';
import {
  RoadshowFactsReader,
  RoadshowNotFoundError,
  RoadshowOrganiserCannotRegisterError,
  RoadshowsError,
  RoadshowsErrorCode,
} from '../../../../libs/roadshows/src/index.js';
import {
  ListedSaleFactsReader,
  ListedSaleNotFoundError,
  ListedSaleOwnIntentError,
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
import {
  VoucherFactsReader,
  VoucherNotFoundError,
  VoucherProgrammeNotFoundError,
  VouchersError,
  VouchersErrorCode,
} from '../../../../libs/vouchers/src/index.js';
import type { Caller, OperationName, ResourceFacts } from '../../../../libs/shared/auth/index.js';
import type { AppError } from '../../../../libs/shared/errors/index.js';
import { UUID_PATTERN } from '../../../../libs/shared/validation/index.js';

/** What the guard sees of the request when it looks a resource up. */
export interface ResourceLookup {
  id: string | undefined;
  caller: Caller | undefined;
  params: Record<string, string>;
  query: Record<string, unknown>;
}

/** How the guard finds one kind of resource and how it refuses a caller on it. */
export interface ResourceResolver {
  /** The resource's facts from the server's records; null when there is none with this id. */
  facts(lookup: ResourceLookup): Promise<ResourceFacts | null>;
  notFound(lookup: ResourceLookup): AppError;
  /** The refusal for a caller who may know the resource exists but may not do `op` on it. */
  forbidden(op: OperationName, lookup: ResourceLookup, facts: ResourceFacts): AppError;
  /**
   * Callers refused on a resource they may not read get notFound instead (its existence is not
   * revealed); absent = always `forbidden` (e.g. a region, whose existence is public).
   */
  readOperation?: OperationName;
  /** Never reveal existence to a refused caller (someone else's member or notification). */
  hideAlways?: true;
  /** An unknown id is the handler's to answer (an unknown region is the service's own 400). */
  passUnknown?: true;
  /** Ids of this shape; another shape matches no resource and is left to the route's validation (400). */
  idPattern?: RegExp;
}

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
      auction: {
        facts: (l) => (l.id ? auctions.lot(l.id) : Promise.resolve(null)),
        notFound: (l) => new AuctionNotFoundError(l.id ?? ''),
        forbidden: (op) =>
          op === 'auction.register' || op === 'auction.bid'
            ? new AuctionSellerCannotBidError()
            : op === 'auction.deposit' || op === 'auction.registrations'
              ? new AuctionsError(
                  AuctionsErrorCode.AUCTION_OUT_OF_REGION,
                  '只有卖方和卖方所在地科技局可以查看或确认竞买人',
                )
              : new AuctionsError(AuctionsErrorCode.AUCTION_FORBIDDEN, '只有卖方机构可以管理该标的'),
        readOperation: 'auction.read',
        idPattern: UUID_PATTERN,
      },
      roadshow: {
        facts: (l) => (l.id ? roadshows.roadshow(l.id) : Promise.resolve(null)),
        notFound: (l) => new RoadshowNotFoundError(l.id ?? ''),
        forbidden: (op, l, facts) =>
          (op === 'roadshow.register' || op === 'roadshow.unregister') && l.caller?.orgId === facts.orgs?.organiser
            ? new RoadshowOrganiserCannotRegisterError()
            : op === 'roadshow.register' || op === 'roadshow.unregister'
              ? new RoadshowsError(RoadshowsErrorCode.ROADSHOW_FORBIDDEN, '路演由已认证机构报名参加')
              : op === 'roadshow.participants'
                ? new RoadshowsError(
                    RoadshowsErrorCode.ROADSHOW_OUT_OF_REGION,
                    '只有主办方和主办方所在地科技局可以查看报名情况',
                  )
                : new RoadshowsError(RoadshowsErrorCode.ROADSHOW_FORBIDDEN, '只有主办机构可以管理该路演'),
        readOperation: 'roadshow.read',
        idPattern: UUID_PATTERN,
      },
      'listed-sale': {
        facts: (l) => (l.id ? listedSales.listing(l.id) : Promise.resolve(null)),
        notFound: (l) => new ListedSaleNotFoundError(l.id ?? ''),
        forbidden: (op) =>
          op === 'listed-sale.intent'
            ? new ListedSaleOwnIntentError()
            : new ListedSalesError(ListedSalesErrorCode.LISTED_SALE_FORBIDDEN, '只有卖方机构可以管理该挂牌'),
        readOperation: 'listed-sale.read',
        idPattern: UUID_PATTERN,
      },
      'voucher-programme': {
        facts: (l) => (l.id ? vouchers.programme(l.id) : Promise.resolve(null)),
        notFound: (l) => new VoucherProgrammeNotFoundError(l.id ?? ''),
        forbidden: () => new VouchersError(VouchersErrorCode.VOUCHER_FORBIDDEN, '只有发券的科技局可以管理该创新券项目'),
        idPattern: UUID_PATTERN,
      },
      voucher: {
        facts: (l) => (l.id ? vouchers.voucher(l.id) : Promise.resolve(null)),
        notFound: (l) => new VoucherNotFoundError(l.id ?? ''),
        forbidden: (op) =>
          new VouchersError(
            VouchersErrorCode.VOUCHER_FORBIDDEN,
            op === 'voucher.request-redemption'
              ? '只有申请该创新券的企业可以申请兑付'
              : '只有发券的科技局可以审批该创新券',
          ),
        readOperation: 'voucher.read',
        idPattern: UUID_PATTERN,
      },
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
