/**
 * A deal moves forward one stage at a time; it may be dropped from any open stage. Signed and
 * dropped are final.
 */
export const DEAL_STAGES = ['lead', 'contacted', 'introduced', 'negotiating', 'signed', 'dropped'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

const FORWARD: readonly DealStage[] = ['lead', 'contacted', 'introduced', 'negotiating', 'signed'];

export function isFinalStage(stage: DealStage): boolean {
  return stage === 'signed' || stage === 'dropped';
}

export function canMoveDeal(from: DealStage, to: DealStage): boolean {
  if (isFinalStage(from)) return false;
  if (to === 'dropped') return true;
  return FORWARD.indexOf(to) === FORWARD.indexOf(from) + 1;
}

/** Stages that can follow `from`. */
export function nextDealStages(from: DealStage): DealStage[] {
  return DEAL_STAGES.filter((to) => canMoveDeal(from, to));
}
