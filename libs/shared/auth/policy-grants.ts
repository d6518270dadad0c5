import { Permission as P, type Role } from './permissions.js';
import type { Grant, OperationPolicy } from './policy.js';

/**
 * The vocabulary of the policy table (policy.table.ts): role groups, the grants its rows are
 * written with, and the rows several operations share. Kept apart so the table itself reads as
 * one list of operations.
 */

export const ORG: readonly Role[] = ['org_admin', 'member'];
export const ORG_WITH_BROKER: readonly Role[] = ['org_admin', 'member', 'broker'];
export const BUREAU: readonly Role[] = ['bureau_admin', 'bureau_staff'];
export const PLATFORM: readonly Role[] = ['platform_admin'];
export const ALL_ROLES: readonly Role[] = [...ORG_WITH_BROKER, ...BUREAU, ...PLATFORM];

export const anyone: Grant = { who: 'anyone' };
export const platform: Grant = { who: PLATFORM };
export const bureau: Grant = { who: BUREAU };
export const bureauOver = (...names: string[]): Grant => ({
  who: BUREAU,
  to: names.map((n) => `region:${n}` as const),
});
export const orgIs = (who: Grant['who'], ...names: string[]): Grant => ({
  who,
  to: names.map((n) => `org:${n}` as const),
});
export const contractById = { kind: 'contract', id: 'param:id' } as const;
/** Any user of one of a contract's organisations: seller, buyer, intermediary, or the author (a broker writing it). */
export const contractParty: Grant = {
  who: ALL_ROLES,
  to: ['org:seller', 'org:buyer', 'org:intermediary', 'org:author'],
};
/** Who writes a contract: its seller, or the organisation that wrote it for the parties. */
export const contractWriter: Grant = orgIs(ORG_WITH_BROKER, 'seller', 'author');

export const onResource = (capability: P, kind: string, grants: readonly Grant[]): OperationPolicy => ({
  capability,
  resource: { kind, id: 'param:id' },
  grants,
});
/** An admin of the member's own organisation (the service refuses escalation and losing the last admin). */
export const memberAdmin = onResource(P.ORG_MANAGE_MEMBERS, 'member', [
  orgIs(['org_admin', 'bureau_admin', 'platform_admin'], 'org'),
]);
/** Other organisations' people are the platform's alone: a bureau suspends the organisation instead. */
export const platformOnUser = onResource(P.PLATFORM_ADMIN, 'member', [platform]);
/** Suspending reaches as far as deciding on a sign-up, but only for bureau admins (staff review). */
export const suspension = onResource(P.ORG_SUSPEND, 'organization', [
  { who: ['bureau_admin'], to: ['region:home'], when: ['not-bureau'] },
  { who: ['bureau_admin'], to: ['below:home'], when: ['bureau'] },
  platform,
]);
/** Bureau admins read the audit of their subtree, the platform all of it. */
export const auditRead: OperationPolicy = {
  capability: P.AUDIT_READ,
  resource: { kind: 'region', id: 'query:regionCode' },
  grants: [{ who: ['bureau_admin'], to: ['region:target'] }, platform],
};

/** Reading a listing: published ones by anyone (verified-only needs by verified organisations), any state by its owner, its bureaus and the platform. */
export const listingReaders: readonly Grant[] = [
  { who: 'anyone', when: ['published-public'] },
  { who: 'signed-in', when: ['published'] },
  orgIs(ALL_ROLES, 'owner'),
  // An applicant keeps sight of a challenge once it closes, to learn whether it won (揭榜结果).
  { who: 'signed-in', to: ['org:applicant'], when: ['closed'] },
  bureauOver('home'),
  platform,
];

export const statsRead: OperationPolicy = {
  capability: P.STATS_READ,
  resource: { kind: 'region', id: 'query:region' },
  grants: [bureauOver('target'), platform],
};
/** A region's setting (registration time limit, publishing its figures): its bureau admin or one above, and the platform. */
export const regionSetting: OperationPolicy = {
  resource: { kind: 'region', id: 'param:regionCode' },
  grants: [{ who: ['bureau_admin'], to: ['region:target'] }, platform],
};
export const statsExport: OperationPolicy = {
  capability: P.STATS_EXPORT,
  resource: { kind: 'region', id: 'query:region' },
  grants: [bureauOver('target'), platform],
};
/** The reports a bureau hands upward (季度通报, 年度报告): any region of its subtree; the platform any region. */
export const statsReports = {
  'stats.report-quarterly': statsRead,
  'stats.report-quarterly-export': statsExport,
  'stats.report-annual': statsRead,
  'stats.report-annual-export': statsExport,
} as const satisfies Record<string, OperationPolicy>;

/** A bureau at or above the contract seller's region is its registry (认定登记). */
export const contractRegistry = onResource(P.CONTRACT_CERTIFY, 'contract', [bureauOver('seller')]);
/** An import job: the bureaus over its scope, and the platform. */
export const importJob = onResource(P.IMPORT_RUN, 'import', [bureauOver('scope'), platform]);
/** Deciding on a sign-up: a bureau for its subtree; on a bureau only from above (never itself or a peer). */
export const orgDecision = onResource(P.ORG_VERIFY, 'organization', [
  { who: BUREAU, to: ['region:home'], when: ['not-bureau'] },
  { who: ['bureau_admin'], to: ['below:home'], when: ['bureau'] },
  platform,
]);

/** Online auctions (网络竞价): an operation on a lot named by the path's id. */
export const onLot = (grants: readonly Grant[]): OperationPolicy => ({
  resource: { kind: 'auction', id: 'param:id' },
  grants,
});
/** Who sells at auction: verified universities, research institutes and enterprises. */
export const LOT_SELLERS = ['university', 'research_institute', 'enterprise'] as const;
/** A lot once published is public (withdrawn and closed ones too); a draft its seller's, its bureaus' and the platform's. */
export const lotReaders: readonly Grant[] = [
  { who: 'anyone', when: ['listed'] },
  orgIs(ALL_ROLES, 'seller'),
  bureauOver('home'),
  platform,
];
export const lotSeller: readonly Grant[] = [orgIs(ORG, 'seller')];
/** Any verified organisation's people but the seller's own (the service decides registration and deposit). */
export const lotBidder: readonly Grant[] = [{ who: ORG, except: ['org:seller'] }];
/** The supervising bureau: the seller's region subtree; and the platform. */
export const lotSupervisor: readonly Grant[] = [bureauOver('home'), platform];

/** Roadshows (路演): an operation on a roadshow named by the path's id. */
export const onRoadshow = (grants: readonly Grant[]): OperationPolicy => ({
  resource: { kind: 'roadshow', id: 'param:id' },
  grants,
});
/** Who organises roadshows: bureaus (for their region), universities, research institutes and broker agencies. */
export const ROADSHOW_HOSTS = ['university', 'research_institute', 'broker_agency'] as const;
export const roadshowHost: readonly Grant[] = [bureau, { who: ORG_WITH_BROKER, orgTypes: ROADSHOW_HOSTS }];
/** Published roadshows are public (cancelled and past ones too); a draft its organiser's, its bureaus' and the platform's. */
export const roadshowReaders: readonly Grant[] = [
  { who: 'anyone', when: ['listed'] },
  orgIs(ALL_ROLES, 'organiser'),
  bureauOver('home'),
  platform,
];
export const roadshowOrganiser: readonly Grant[] = [orgIs([...ORG_WITH_BROKER, ...BUREAU], 'organiser')];
/** Any verified organisation's people but the organiser's own (the service decides the time and the capacity). */
export const roadshowAttendee: readonly Grant[] = [
  { who: ORG_WITH_BROKER, except: ['org:organiser'], when: ['listed'] },
];
/** 挂牌交易: an operation on a listing named by the path's id (public from its first day). */
export const onListedSale = (grants: readonly Grant[]): OperationPolicy => ({
  resource: { kind: 'listed-sale', id: 'param:id' },
  grants,
});
/** Innovation vouchers (创新券): the issuing bureau decides on its programme's vouchers; bureaus of the issuing or host region read them. */
export const onProgramme = (grants: readonly Grant[], capability?: P): OperationPolicy => ({
  ...(capability ? { capability } : {}),
  resource: { kind: 'voucher-programme', id: 'param:id' },
  grants,
});
export const onVoucher = (grants: readonly Grant[], capability?: P): OperationPolicy => ({
  ...(capability ? { capability } : {}),
  resource: { kind: 'voucher', id: 'param:id' },
  grants,
});
/** The issuing bureau's own people (admin and staff), not a bureau above or beside it. */
export const voucherIssuer: Grant = orgIs(BUREAU, 'issuer');
export const voucherReaders: readonly Grant[] = [
  orgIs(ALL_ROLES, 'enterprise', 'provider', 'issuer'),
  bureauOver('issuer', 'host'),
  platform,
];
/** 成果转化贷款: an operation on a loan filing, or on an enterprise's authorisation of a bank, named by the path's id. */
export const onLoan = (grants: readonly Grant[], capability?: P): OperationPolicy => ({
  ...(capability ? { capability } : {}),
  resource: { kind: 'loan', id: 'param:id' },
  grants,
});
export const onLoanAuthorisation = (grants: readonly Grant[], capability?: P): OperationPolicy => ({
  ...(capability ? { capability } : {}),
  resource: { kind: 'loan-authorisation', id: 'param:id' },
  grants,
});
/** Verified financial institutions (金融机构): the banks that file loans. */
export const bankPeople: Grant = { who: ORG, orgTypes: ['financial_institution'] };
