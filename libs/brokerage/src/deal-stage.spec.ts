import { canMoveDeal, DEAL_STAGES, isFinalStage, nextDealStages, waitsForAcceptance } from './deal-stage.js';

const brokered = { brokered: true, partiesAccepted: true };
const direct = { brokered: false, partiesAccepted: true };
const allowedPairs = (course: { brokered: boolean; partiesAccepted: boolean }) =>
  DEAL_STAGES.flatMap((from) => DEAL_STAGES.filter((to) => canMoveDeal(from, to, course)).map((to) => `${from}→${to}`));

describe('deal stages', () => {
  it('moves forward one stage at a time', () => {
    expect(canMoveDeal('lead', 'contacted', brokered)).toBe(true);
    expect(canMoveDeal('contacted', 'introduced', brokered)).toBe(true);
    expect(canMoveDeal('introduced', 'negotiating', brokered)).toBe(true);
    expect(canMoveDeal('negotiating', 'signed', brokered)).toBe(true);
    expect(canMoveDeal('lead', 'signed', brokered)).toBe(false);
    expect(canMoveDeal('negotiating', 'introduced', brokered)).toBe(false);
    expect(canMoveDeal('lead', 'lead', brokered)).toBe(false);
  });

  it('drops from any open stage; signed and dropped are final', () => {
    expect(canMoveDeal('lead', 'dropped', brokered)).toBe(true);
    expect(canMoveDeal('negotiating', 'dropped', { brokered: true, partiesAccepted: false })).toBe(true);
    expect(nextDealStages('signed', brokered)).toEqual([]);
    expect(nextDealStages('dropped', direct)).toEqual([]);
    expect(nextDealStages('introduced', brokered)).toEqual(['negotiating', 'dropped']);
  });

  it('answers every pair of stages of a brokered deal (lead → contacted → introduced → negotiating → signed | dropped)', () => {
    expect(allowedPairs(brokered)).toEqual([
      'lead→contacted',
      'lead→dropped',
      'contacted→introduced',
      'contacted→dropped',
      'introduced→negotiating',
      'introduced→dropped',
      'negotiating→signed',
      'negotiating→dropped',
    ]);
    expect(DEAL_STAGES.filter(isFinalStage)).toEqual(['signed', 'dropped']);
  });

  it('never passes through 已引荐 without a broker: lead → contacted → negotiating → signed', () => {
    // (from 已引荐 itself see below: only a deal opened before the rule can stand there)
    expect(allowedPairs(direct).filter((p) => !p.startsWith('introduced'))).toEqual([
      'lead→contacted',
      'lead→dropped',
      'contacted→negotiating',
      'contacted→dropped',
      'negotiating→signed',
      'negotiating→dropped',
    ]);
    // a deal already standing at 已引荐 (opened before) still goes on
    expect(nextDealStages('introduced', direct)).toEqual(['negotiating', 'dropped']);
  });

  it('goes past 已联系 only once every party has accepted; dropping stays open', () => {
    for (const b of [true, false]) {
      const waiting = { brokered: b, partiesAccepted: false };
      expect(nextDealStages('lead', waiting)).toEqual(['contacted', 'dropped']);
      expect(nextDealStages('contacted', waiting)).toEqual(['dropped']);
      expect(waitsForAcceptance('contacted', b ? 'introduced' : 'negotiating', waiting)).toBe(true);
      expect(waitsForAcceptance('contacted', 'signed', waiting)).toBe(false);
    }
  });
});
