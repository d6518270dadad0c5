import { DEAL_STAGES, DEAL_STAGE_NAMES, DEAL_STAGE_NOTE_MAX, type DealStage } from '../../shared/labels/index.js';

/**
 * A deal moves forward one stage at a time along its course; it may be dropped from any open
 * stage. Signed and dropped are final.
 *
 * The course follows who is in the deal: 已引荐 (introduced) is the broker introducing the
 * parties to each other, so a deal without a broker (a party's own organisation opened it)
 * goes lead → contacted → negotiating → signed. And past 已联系 (contacted) the parties work
 * together, so the deal moves on only once every party has accepted; dropping stays open.
 */
// The stages and their names are shared vocabulary (reports and the web print them too).
export { DEAL_STAGES, DEAL_STAGE_NAMES, DEAL_STAGE_NOTE_MAX, type DealStage };

/** Who is in a deal, as far as its course depends on it. */
export interface DealCourse {
  /** A broker outside the parties runs the deal. */
  brokered: boolean;
  /** Every party has accepted its invitation (none invited or declined). */
  partiesAccepted: boolean;
}

const BROKERED: readonly DealStage[] = ['lead', 'contacted', 'introduced', 'negotiating', 'signed'];
const DIRECT: readonly DealStage[] = ['lead', 'contacted', 'negotiating', 'signed'];

/** The last stage a deal reaches before its parties have all accepted. */
const BEFORE_ACCEPTANCE: DealStage = 'contacted';

/** The forward stages of a deal, in order. */
export function dealPath(brokered: boolean): readonly DealStage[] {
  return brokered ? BROKERED : DIRECT;
}

export function isFinalStage(stage: DealStage): boolean {
  return stage === 'signed' || stage === 'dropped';
}

export function canMoveDeal(from: DealStage, to: DealStage, course: DealCourse): boolean {
  if (isFinalStage(from)) return false;
  if (to === 'dropped') return true;
  // A deal opened before the course depended on its broker may stand at 已引荐: it goes on along the brokered path.
  const path = dealPath(course.brokered || from === 'introduced');
  const at = path.indexOf(from);
  if (at < 0 || path[at + 1] !== to) return false;
  return course.partiesAccepted || path.indexOf(to) <= path.indexOf(BEFORE_ACCEPTANCE);
}

/** Whether `to` is the next stage on the deal's course but waits for the parties to accept. */
export function waitsForAcceptance(from: DealStage, to: DealStage, course: DealCourse): boolean {
  return !canMoveDeal(from, to, course) && canMoveDeal(from, to, { ...course, partiesAccepted: true });
}

/** Stages that can follow `from` now. */
export function nextDealStages(from: DealStage, course: DealCourse): DealStage[] {
  return DEAL_STAGES.filter((to) => canMoveDeal(from, to, course));
}
