import type { FieldError } from '../../shared/errors/index.js';

export const ROADSHOW_FORMATS = ['online', 'venue', 'hybrid'] as const;
export type RoadshowFormat = (typeof ROADSHOW_FORMATS)[number];
export type RoadshowStatus = 'draft' | 'published' | 'cancelled';
/** What the public sees: before, during and after the event, or called off. */
export type RoadshowPhase = 'draft' | 'upcoming' | 'ongoing' | 'ended' | 'cancelled';

/** A roadshow as its organiser writes it: times as ISO 8601 instants. */
export interface RoadshowInput {
  title: string;
  description: string;
  format: RoadshowFormat;
  onlineUrl?: string | null;
  venue?: string | null;
  startsAt: string;
  endsAt: string;
  capacity?: number | null;
}

/** A roadshow is an event of hours or days, not a standing listing. */
export const MAX_DURATION_DAYS = 7;
/** A start this little in the past still counts as "now" (the organiser's clock and the request's trip). */
export const START_GRACE_MS = 60_000;
/** Presented items per roadshow: a session presents a handful, a fair a few dozen. */
export const MAX_ITEMS = 50;

const isWebUrl = (v: string): boolean => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
};

/** Everything wrong with a roadshow, by field, judged at `now` (the start only while checking it). */
export function roadshowProblems(r: RoadshowInput, now: Date, o: { checkStart: boolean }): FieldError[] {
  const problems: FieldError[] = [];
  const add = (field: string, message: string) => problems.push({ field, messages: [message] });
  const online = r.format === 'online' || r.format === 'hybrid';
  const venue = r.format === 'venue' || r.format === 'hybrid';
  if (online && !r.onlineUrl) add('onlineUrl', '线上路演须填写参会链接');
  else if (r.onlineUrl && !isWebUrl(r.onlineUrl)) add('onlineUrl', '参会链接须以 http:// 或 https:// 开头');
  if (venue && !r.venue?.trim()) add('venue', '线下路演须填写举办地点');
  const start = new Date(r.startsAt).getTime();
  const end = new Date(r.endsAt).getTime();
  if (Number.isNaN(start)) add('startsAt', '开始时间不是有效的时间');
  else if (o.checkStart && start < now.getTime() - START_GRACE_MS) add('startsAt', '开始时间不能早于现在');
  if (Number.isNaN(end)) add('endsAt', '结束时间不是有效的时间');
  else if (!Number.isNaN(start) && end <= start) add('endsAt', '结束时间必须晚于开始时间');
  else if (!Number.isNaN(start) && end - start > MAX_DURATION_DAYS * 86_400_000)
    add('endsAt', `路演时长不能超过 ${MAX_DURATION_DAYS} 天`);
  return problems;
}

export function roadshowPhase(status: RoadshowStatus, startsAt: Date, endsAt: Date, now: Date): RoadshowPhase {
  if (status !== 'published') return status;
  if (now < startsAt) return 'upcoming';
  return now < endsAt ? 'ongoing' : 'ended';
}

/** Why an organisation cannot register (or withdraw its registration) now; null: it can. */
export function registrationRefusal(phase: RoadshowPhase, full: boolean): 'not-open' | 'started' | 'full' | null {
  if (phase === 'ongoing' || phase === 'ended') return 'started';
  if (phase !== 'upcoming') return 'not-open';
  return full ? 'full' : null;
}

/** Attendance is recorded once the event has begun (and for as long afterwards as the organiser needs). */
export const attendanceOpen = (phase: RoadshowPhase): boolean => phase === 'ongoing' || phase === 'ended';

/** What may still change: everything in a draft; once published, not after the start, and not the capacity below those registered. */
export function editRefusal(phase: RoadshowPhase): 'started' | 'cancelled' | null {
  if (phase === 'cancelled') return 'cancelled';
  return phase === 'ongoing' || phase === 'ended' ? 'started' : null;
}

export const PHASE_TEXT: Record<RoadshowPhase, string> = {
  draft: '草稿',
  upcoming: '报名中',
  ongoing: '进行中',
  ended: '已结束',
  cancelled: '已取消',
};
export const FORMAT_TEXT: Record<RoadshowFormat, string> = { online: '线上', venue: '线下', hybrid: '线上+线下' };
