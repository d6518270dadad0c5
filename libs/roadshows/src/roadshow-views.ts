import type { Principal } from '../../shared/auth/index.js';
import type { JsonView } from '../../shared/http/index.js';
import type { ItemRow, RegistrationRow, RoadshowRow } from './roadshow.repository.js';
import { FORMAT_TEXT, PHASE_TEXT, roadshowPhase, type RoadshowPhase } from './roadshow.rules.js';

export interface RoadshowItemView {
  kind: 'achievement' | 'auction';
  id: string;
  title: string;
  presenterName: string;
}

/** The roadshow as shown; the meeting link only to those who may join (see `seesLink`). */
export type RoadshowView = JsonView<Omit<RoadshowRow, 'publishedAt' | 'createdAt'>> & {
  formatText: string;
  phase: RoadshowPhase;
  phaseText: string;
  items: RoadshowItemView[];
  /** Whether the caller's organisation registered; null for anonymous callers and the organiser. */
  registered: boolean | null;
  /** The caller's organisation organises it. */
  mine: boolean;
};

export interface RegistrationView {
  orgId: string;
  orgName: string;
  registeredAt: string;
  /** null: not recorded yet. */
  attended: boolean | null;
}

export interface ParticipantsView {
  registrations: RegistrationView[];
  /** Deals recorded as following the roadshow. */
  dealIds: string[];
  attendedCount: number;
}

/** Who sees the meeting link besides registrants: the organiser, bureaus and the platform (the policy row already scoped them). */
const seesLink = (caller: Principal | undefined, row: RoadshowRow): boolean =>
  !!caller &&
  (caller.orgId === row.organiserOrgId ||
    caller.roles.some((r) => r === 'bureau_admin' || r === 'bureau_staff' || r === 'platform_admin'));

export function roadshowView(
  row: RoadshowRow,
  items: ItemRow[],
  caller: Principal | undefined,
  registered: boolean,
  now: Date,
): RoadshowView {
  const phase = roadshowPhase(row.status, row.startsAt, row.endsAt, now);
  const mine = caller?.orgId === row.organiserOrgId;
  const { publishedAt: _published, createdAt: _created, ...shown } = row;
  return {
    ...shown,
    // The meeting link: for the organiser, registered organisations, supervising bureaus and the platform.
    onlineUrl: registered || seesLink(caller, row) ? row.onlineUrl : null,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    formatText: FORMAT_TEXT[row.format],
    phase,
    phaseText: PHASE_TEXT[phase],
    items: items.map((i) => ({ kind: i.kind, id: i.itemId, title: i.title, presenterName: i.presenterName })),
    registered: caller && !mine ? registered : null,
    mine,
  };
}

export const registrationView = (r: RegistrationRow): RegistrationView => ({
  orgId: r.orgId,
  orgName: r.orgName,
  registeredAt: r.registeredAt.toISOString(),
  attended: r.attended,
});
