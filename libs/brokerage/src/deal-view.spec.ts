import { brokerOf, partyRecord, toDealView, toDealViews } from './deal-view.js';
import type { DealEventRow, DealPartyRow, DealRow } from './deal.row.js';

const at = new Date('2025-03-01T02:00:00.000Z');
const deal = (id: string, over: Partial<DealRow> = {}): DealRow => ({
  id,
  title: `对接 ${id}`,
  stage: 'negotiating',
  need_id: null,
  achievement_id: 'a1',
  challenge_application_id: null,
  match_ref: 'm-1',
  sale_ref: null,
  broker_user_id: 'u-broker',
  broker_org_id: 'o-agency',
  commission_percent: '3.00',
  commission_fixed_fen: null,
  commission_basis: 'tech_amount',
  commission_note: null,
  signed_at: null,
  dropped_at: null,
  drop_reason: null,
  version: 4,
  created_at: at,
  updated_at: at,
  ...over,
});
const party = (dealId: string, orgId: string, role: 'seller' | 'buyer'): DealPartyRow => ({
  deal_id: dealId,
  org_id: orgId,
  name: `单位 ${orgId}`,
  role,
  region_code: '340621',
  status: 'accepted',
  invited_at: at,
  responded_at: null,
});
const event = (dealId: string, kind: string): DealEventRow => ({
  deal_id: dealId,
  occurred_at: at,
  kind,
  actor_user_id: 'u-broker',
  from_stage: null,
  to_stage: null,
  note: null,
});

describe('deal view mapping', () => {
  it('shows a deal with its next stages, commission, parties and ISO times', () => {
    const v = toDealView(deal('d1'), [party('d1', 'o1', 'seller')]);
    expect(v).toMatchObject({
      id: 'd1',
      stage: 'negotiating',
      nextStages: ['signed', 'dropped'],
      commission: { percent: '3.00', fixedFen: null, basis: 'tech_amount', note: null },
      parties: [{ orgId: 'o1', name: '单位 o1', role: 'seller', status: 'accepted', invitedAt: at.toISOString() }],
      signedAt: null,
      createdAt: at.toISOString(),
      version: 4,
    });
    expect(v).not.toHaveProperty('timeline');
  });

  it('offers the stages of the deal’s own course: none past 已联系 before every party accepts, no 已引荐 without a broker', () => {
    const invited = { ...party('d1', 'o1', 'seller'), status: 'invited' as const };
    expect(toDealView(deal('d1', { stage: 'contacted' }), [invited]).nextStages).toEqual(['dropped']);
    const own = toDealView(deal('d1', { stage: 'contacted', broker_org_id: 'o1' }), [party('d1', 'o1', 'buyer')]);
    expect(own).toMatchObject({ brokered: false, nextStages: ['negotiating', 'dropped'] });
    expect(toDealView(deal('d1', { stage: 'contacted' }), [party('d1', 'o1', 'buyer')])).toMatchObject({
      brokered: true,
      nextStages: ['introduced', 'dropped'],
    });
  });

  it('adds the timeline only when events are given (the detail, not lists or the board)', () => {
    expect(toDealView(deal('d1'), [], [event('d1', 'opened')]).timeline).toEqual([
      { at: at.toISOString(), kind: 'opened', actorUserId: 'u-broker', fromStage: null, toStage: null, note: null },
    ]);
    expect(toDealView(deal('d1'), [], []).timeline).toEqual([]);
  });

  it('keeps the deals in order and gives each only its own parties and events', () => {
    const views = toDealViews(
      [deal('d2'), deal('d1')],
      [party('d1', 'o1', 'seller'), party('d2', 'o2', 'buyer'), party('d1', 'o3', 'buyer')],
      [event('d1', 'opened'), event('d2', 'note')],
    );
    expect(views.map((v) => [v.id, v.parties.map((p) => p.orgId), v.timeline!.map((e) => e.kind)])).toEqual([
      ['d2', ['o2'], ['note']],
      ['d1', ['o1', 'o3'], ['opened']],
    ]);
  });

  it('reads the broker and the party records the rules take', () => {
    expect(brokerOf(deal('d1'))).toEqual({ brokerUserId: 'u-broker', brokerOrgId: 'o-agency' });
    expect(partyRecord(party('d1', 'o1', 'seller'))).toEqual({
      orgId: 'o1',
      role: 'seller',
      status: 'accepted',
      regionCode: '340621',
    });
  });
});
