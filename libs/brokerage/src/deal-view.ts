import { nextDealStages } from './deal-stage.js';
import { dealCourse, type DealBroker, type DealPartyRecord } from './deal-parties.rules.js';
import type { DealEventRow, DealPartyRow, DealRow } from './deal.row.js';
import type { DealEventView, DealPartyView, DealView } from './deal.types.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const brokerOf = (d: Pick<DealRow, 'broker_user_id' | 'broker_org_id'>): DealBroker => ({
  brokerUserId: d.broker_user_id,
  brokerOrgId: d.broker_org_id,
});

export const partyRecord = (p: Pick<DealPartyRow, 'org_id' | 'role' | 'status' | 'region_code'>): DealPartyRecord => ({
  orgId: p.org_id,
  role: p.role,
  status: p.status,
  regionCode: p.region_code,
});

const partyView = (p: DealPartyRow): DealPartyView => ({
  orgId: p.org_id,
  name: p.name,
  role: p.role,
  regionCode: p.region_code,
  status: p.status,
  invitedAt: p.invited_at.toISOString(),
  respondedAt: iso(p.responded_at),
});

const eventView = (e: DealEventRow): DealEventView => ({
  at: e.occurred_at.toISOString(),
  kind: e.kind,
  actorUserId: e.actor_user_id,
  fromStage: e.from_stage,
  toStage: e.to_stage,
  note: e.note,
});

/** A deal as the API shows it; `events` (the timeline) only on the detail. */
export function toDealView(d: DealRow, parties: readonly DealPartyRow[], events?: readonly DealEventRow[]): DealView {
  const course = dealCourse(
    d.broker_org_id,
    parties.map((p) => ({ orgId: p.org_id, status: p.status })),
  );
  return {
    id: d.id,
    title: d.title,
    stage: d.stage,
    nextStages: nextDealStages(d.stage, course),
    brokered: course.brokered,
    needId: d.need_id,
    achievementId: d.achievement_id,
    challengeApplicationId: d.challenge_application_id,
    matchRef: d.match_ref,
    saleRef: d.sale_ref,
    brokerUserId: d.broker_user_id,
    brokerOrgId: d.broker_org_id,
    commission: {
      percent: d.commission_percent,
      fixedFen: d.commission_fixed_fen,
      basis: d.commission_basis,
      note: d.commission_note,
    },
    parties: parties.map(partyView),
    signedAt: iso(d.signed_at),
    droppedAt: iso(d.dropped_at),
    dropReason: d.drop_reason,
    version: d.version,
    createdAt: d.created_at.toISOString(),
    updatedAt: d.updated_at.toISOString(),
    ...(events ? { timeline: events.map(eventView) } : {}),
  };
}

/** Views of `deals` in their order, each with its own parties (and events), from rows of many deals. */
export function toDealViews(
  deals: readonly DealRow[],
  parties: readonly DealPartyRow[],
  events?: readonly DealEventRow[],
): DealView[] {
  const partiesOf = groupBy(parties);
  const eventsOf = events ? groupBy(events) : undefined;
  return deals.map((d) => toDealView(d, partiesOf.get(d.id) ?? [], eventsOf ? (eventsOf.get(d.id) ?? []) : undefined));
}

function groupBy<T extends { deal_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.deal_id);
    if (list) list.push(r);
    else out.set(r.deal_id, [r]);
  }
  return out;
}
