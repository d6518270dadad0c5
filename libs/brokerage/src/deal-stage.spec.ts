import { canMoveDeal, DEAL_STAGES, isFinalStage, nextDealStages } from './deal-stage.js';

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

  it('answers every pair of stages as the lifecycle says (lead → contacted → introduced → negotiating → signed | dropped)', () => {
    const allowed = DEAL_STAGES.flatMap((from) =>
      DEAL_STAGES.filter((to) => canMoveDeal(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
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
});
