/** A deal's stages (libs/brokerage runs them) and their names as people read them: notices, reports, the web. */
export const DEAL_STAGES = ['lead', 'contacted', 'introduced', 'negotiating', 'signed', 'dropped'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

export const DEAL_STAGE_NAMES: Record<DealStage, string> = {
  lead: '线索',
  contacted: '已联系',
  introduced: '已引荐',
  negotiating: '洽谈中',
  signed: '已签约',
  dropped: '已终止',
};

/**
 * The longest note a stage move takes (the reason it moved, read on the deal's timeline): a
 * sentence or two; a longer account of the matchmaking goes in 记录进展 (5,000 characters).
 */
export const DEAL_STAGE_NOTE_MAX = 500;
