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
