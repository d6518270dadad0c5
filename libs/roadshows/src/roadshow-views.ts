import type { Principal } from '../../shared/auth/index.js';
import type { ItemRow, RegistrationRow, RoadshowRow } from './roadshow.repository.js';
import { FORMAT_TEXT, PHASE_TEXT, roadshowPhase, type RoadshowFormat, type RoadshowPhase } from './roadshow.rules.js';

export interface RoadshowItemView {
  kind: 'achievement' | 'auction';
  id: string;
  title: string;
  presenterName: string;
}

export interface RoadshowView {
  id: string;
  organiserOrgId: string;
  organiserName: string;
  regionCode: string;
  title: string;
  description: string;
  format: RoadshowFormat;
  formatText: string;
  /** The meeting link: for the organiser, registered organisations, supervising bureaus and the platform; null to others. */
  onlineUrl: string | null;
  venue: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registeredCount: number;
  status: RoadshowRow['status'];
  phase: RoadshowPhase;
  phaseText: string;
  cancelReason: string | null;
  items: RoadshowItemView[];
  /** Whether the caller's organisation registered; null for anonymous callers and the organiser. */
  registered: boolean | null;
  /** The caller's organisation organises it. */
  mine: boolean;
  version: number;
}

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
  return {
    id: row.id,
    organiserOrgId: row.organiserOrgId,
    organiserName: row.organiserName,
    regionCode: row.regionCode,
    title: row.title,
    description: row.description,
    format: row.format,
    formatText: FORMAT_TEXT[row.format],
    onlineUrl: registered || seesLink(caller, row) ? row.onlineUrl : null,
    venue: row.venue,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    registeredCount: row.registeredCount,
    status: row.status,
    phase,
    phaseText: PHASE_TEXT[phase],
    cancelReason: row.cancelReason,
    items: items.map((i) => ({ kind: i.kind, id: i.itemId, title: i.title, presenterName: i.presenterName })),
    registered: caller && !mine ? registered : null,
    mine,
    version: row.version,
  };
}

export const registrationView = (r: RegistrationRow): RegistrationView => ({
  orgId: r.orgId,
  orgName: r.orgName,
  registeredAt: r.registeredAt.toISOString(),
  attended: r.attended,
});
