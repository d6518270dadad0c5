import { canMoveDeal, nextDealStages } from './deal-stage.js';

describe('deal stages', () => {
  it('moves forward one stage at a time', () => {
    expect(canMoveDeal('lead', 'contacted')).toBe(true);
    expect(canMoveDeal('contacted', 'introduced')).toBe(true);
    expect(canMoveDeal('introduced', 'negotiating')).toBe(true);
    expect(canMoveDeal('negotiating', 'signed')).toBe(true);
    expect(canMoveDeal('lead', 'signed')).toBe(false);
    expect(canMoveDeal('negotiating', 'introduced')).toBe(false);
    expect(canMoveDeal('lead', 'lead')).toBe(false);
  });

  it('drops from any open stage; signed and dropped are final', () => {
    expect(canMoveDeal('lead', 'dropped')).toBe(true);
    expect(canMoveDeal('negotiating', 'dropped')).toBe(true);
    expect(nextDealStages('signed')).toEqual([]);
    expect(nextDealStages('dropped')).toEqual([]);
    expect(nextDealStages('introduced')).toEqual(['negotiating', 'dropped']);
  });
});
