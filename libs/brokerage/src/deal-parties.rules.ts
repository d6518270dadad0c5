import { isBureau, isPlatformAdmin, Permission, type Principal } from '../../shared/auth/index.js';
import type { FieldError } from '../../shared/errors/index.js';
import type { DealCourse } from './deal-stage.js';
import type { OpenDealInput, PartyRole, PartyStatus } from './deal.types.js';

/** Who brokers a deal. */
export interface DealBroker {
  brokerUserId: string;
  brokerOrgId: string;
}

export interface DealPartyRecord {
  orgId: string;
  role: PartyRole;
  status: PartyStatus;
  regionCode: string;
}

/** A party as a deal's timeline names it: 临沂工学院（卖方）. */
export const partyLabel = (name: string, role: PartyRole): string =>
  `${name}（${role === 'seller' ? '卖方' : '买方'}）`;

/** A broker by role or by organisation (a broker agency's staff open deals for others). */
export function isBrokerByRole(p: Principal): boolean {
  return p.roles.includes('broker') || p.orgType === 'broker_agency';
}

/**
 * The deal's broker: the user who opened it, or an admin of the broker's organisation (who
 * manages the organisation's deals). Moves stages, sets commission, writes contracts for parties.
 */
export function isDealBroker(p: Principal, deal: DealBroker): boolean {
  return deal.brokerUserId === p.userId || (deal.brokerOrgId === p.orgId && p.permissions.has(Permission.DEAL_MANAGE));
}

/** Sees the deal without looking at its parties: the platform, its broker, the broker's organisation. */
export function seesAsBroker(p: Principal, deal: DealBroker): boolean {
  return isPlatformAdmin(p) || deal.brokerUserId === p.userId || deal.brokerOrgId === p.orgId;
}

/** Sees the deal through its parties: a party (in any status), or a bureau above a party's region. */
export function seesAsPartyOrBureau(
  p: Principal,
  parties: readonly Pick<DealPartyRecord, 'orgId' | 'regionCode'>[],
  within: (code: string, ancestor: string) => boolean,
): boolean {
  if (parties.some((x) => x.orgId === p.orgId)) return true;
  return isBureau(p) && parties.some((x) => within(x.regionCode, p.regionCode));
}

/** Writes on the timeline: the broker who opened the deal, or a party that accepted. */
export function mayAddNote(p: Principal, deal: DealBroker, ownPartyStatus: PartyStatus | undefined): boolean {
  return deal.brokerUserId === p.userId || ownPartyStatus === 'accepted';
}

/**
 * Who is in the deal, as its course depends on it: a broker runs it unless the broker's own
 * organisation is a party (an organisation opened its own deal: nobody introduces anyone);
 * and whether every party has accepted.
 */
export function dealCourse(
  brokerOrgId: string,
  parties: readonly Pick<DealPartyRecord, 'orgId' | 'status'>[],
): DealCourse {
  return {
    brokered: !parties.some((x) => x.orgId === brokerOrgId),
    partiesAccepted: parties.every((x) => x.status === 'accepted'),
  };
}

/** A deal is signed only with a seller and a buyer, every party having accepted. */
export function readyToSign(parties: readonly Pick<DealPartyRecord, 'role' | 'status'>[]): boolean {
  return (
    parties.every((x) => x.status === 'accepted') &&
    parties.some((x) => x.role === 'seller') &&
    parties.some((x) => x.role === 'buyer')
  );
}

/**
 * What is wrong with opening a deal, besides its commission terms: it needs a source (need,
 * achievement, award or match), distinct registered parties, and an organisation admin who
 * is not a broker brokers only deals its own organisation takes part in.
 */
export function openingProblems(p: Principal, input: OpenDealInput, registered: ReadonlySet<string>): FieldError[] {
  const problems: FieldError[] = [];
  if (!input.needId && !input.achievementId && !input.challengeApplicationId && !input.matchRef) {
    problems.push({ field: 'source', messages: ['须关联一项技术需求、科技成果、揭榜挂帅中标申请或匹配结果'] });
  }
  const orgIds = input.parties.map((x) => x.orgId);
  if (new Set(orgIds).size !== orgIds.length)
    problems.push({ field: 'parties', messages: ['同一机构不能重复列为参与方'] });
  input.parties.forEach((x, i) => {
    if (!registered.has(x.orgId)) problems.push({ field: `parties.${i}.orgId`, messages: ['机构不存在'] });
  });
  if (!isBrokerByRole(p) && !isPlatformAdmin(p) && !orgIds.includes(p.orgId)) {
    problems.push({ field: 'parties', messages: ['机构管理员发起对接时，本机构须为参与方之一'] });
  }
  return problems;
}
