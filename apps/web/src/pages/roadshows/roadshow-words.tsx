import { Tag } from 'antd';
import type { Me, Roadshow, RoadshowPhase } from '../../api/types';
import { chinaMinuteText } from '../../format';

const PHASE_COLORS: Record<RoadshowPhase, string> = {
  draft: 'default',
  upcoming: 'blue',
  ongoing: 'green',
  ended: 'default',
  cancelled: 'red',
};

export function RoadshowPhaseTag({ r }: { r: Pick<Roadshow, 'phase' | 'phaseText'> }) {
  return (
    <Tag color={PHASE_COLORS[r.phase]} data-testid="roadshow-phase">
      {r.phaseText}
    </Tag>
  );
}

/** "2026-12-18 14:00 – 17:00" (the end's date too when it is another day), China time. */
export function when(r: Pick<Roadshow, 'startsAt' | 'endsAt'>): string {
  const s = chinaMinuteText(r.startsAt);
  const e = chinaMinuteText(r.endsAt);
  return s.slice(0, 10) === e.slice(0, 10) ? `${s} – ${e.slice(11)}` : `${s} – ${e}`;
}

/** Where: the venue, online, or both. */
export const where = (r: Pick<Roadshow, 'format' | 'venue'>): string =>
  r.format === 'online' ? '线上' : r.format === 'venue' ? (r.venue ?? '') : `${r.venue ?? ''}（同步线上）`;

/** Organisations that host roadshows: verified bureaus, universities, research institutes and broker agencies. */
export const hostsRoadshows = (me: Me | null): boolean =>
  !!me &&
  me.org.verificationStatus === 'verified' &&
  ['bureau', 'university', 'research_institute', 'broker_agency'].includes(me.org.type);
