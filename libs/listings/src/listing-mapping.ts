import type { OrgType } from '../../shared/auth/index.js';
import type { Achievement } from './achievement.entity.js';
import type { Challenge } from './challenge.entity.js';
import type { ListingBase } from './listing-base.js';
import type {
  AchievementType,
  CooperationMode,
  ListingKind,
  ListingStatus,
  NeedVisibility,
  TransferMode,
} from './listing.types.js';
import type { TechNeed } from './tech-need.entity.js';
import type { AchievementInput, ChallengeInput, ListingCommonInput, NeedInput } from './listing-input.js';

export type ListingRow = TechNeed | Achievement | Challenge;

export interface OwnerOrg {
  id: string;
  name: string;
  type: OrgType;
}

/** The fields of one kind of listing (what its owner writes beyond the common ones). */
type KindFields = Omit<NeedInput, keyof ListingCommonInput> &
  Omit<AchievementInput, keyof ListingCommonInput> &
  Pick<ChallengeInput, 'rewardFen'>;

/** A listing as the API returns it; kind-specific fields are present for their kind only. */
export interface ListingView extends Partial<KindFields> {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  /** null when the need is anonymous and the caller may not see who posted it. */
  orgId: string | null;
  orgName: string | null;
  orgType: OrgType;
  contactName: string | null;
  contactPhone: string | null;
  rejectReason: string | null;
  version: number;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  awardedApplicationId?: string | null;
}

/**
 * What the search index (and the matching engine) sees of a published listing. Anonymous needs
 * carry neither the organisation's id nor its name.
 */
export interface ListingDocument {
  id: string;
  kind: ListingKind;
  status: 'published';
  audience: NeedVisibility;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  /** The region and all its ancestors, so `regionCodes = X` selects X's subtree. */
  regionCodes: string[];
  orgType: OrgType;
  orgId?: string;
  orgName?: string;
  anonymous: boolean;
  /** Price (achievement), budget ceiling (need) or reward (challenge), in fen; null when negotiable. */
  priceFen: number | null;
  publishedAt: number;
  version: number;
  /** Searchable only (never shown): `titleGrams` of the title and keywords. */
  grams: string;
  industry?: string | null;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  cooperationModes?: CooperationMode[];
  deadline?: string | null;
  achievementType?: AchievementType;
  trl?: number;
  transferModes?: TransferMode[];
  negotiable?: boolean;
  registryNumber?: string | null;
  rewardFen?: number;
}

/**
 * The character pairs inside the longer Chinese words of a listing's title and keywords, as one
 * searchable text: the engine segments 锂电池梯次利用 into whole words, so a search for 电池 (the
 * word a buyer types) found nothing; its pairs (锂电 电池 池梯 梯次 …) give it the words inside.
 * Title and keywords only — the description's pairs would double the index for little gain.
 */
export function titleGrams(texts: readonly string[]): string {
  const pairs = new Set<string>();
  for (const text of texts)
    for (const run of text.match(/[\u3400-\u9fff]{3,}/g) ?? [])
      for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2));
  return [...pairs].join(' ');
}

const fen = (v: string | null | undefined): number | null => (v === null || v === undefined ? null : Number(v));
const iso = (d: Date | null): string | null => (d ? new Date(d).toISOString() : null);

function isNeed(kind: ListingKind, _row: ListingBase): _row is TechNeed {
  return kind === 'need';
}
function isAchievement(kind: ListingKind, _row: ListingBase): _row is Achievement {
  return kind === 'achievement';
}
function isChallenge(kind: ListingKind, _row: ListingBase): _row is Challenge {
  return kind === 'challenge';
}

export function isAnonymous(kind: ListingKind, row: ListingBase): boolean {
  return isNeed(kind, row) && row.anonymous;
}

export interface Reveal {
  /** The caller may see which organisation posted it (owner, bureau, admin, or not anonymous). */
  identity: boolean;
  /** The caller may see contact details and review notes. */
  contact: boolean;
}

export function toView(kind: ListingKind, row: ListingRow, org: OwnerOrg, reveal: Reveal): ListingView {
  const identity = reveal.identity || !isAnonymous(kind, row);
  const v: ListingView = {
    id: row.id,
    kind,
    status: row.status,
    title: row.title,
    description: row.description,
    keywords: row.keywords,
    techFieldCode: row.techFieldCode,
    regionCode: row.regionCode,
    orgId: identity ? org.id : null,
    orgName: identity ? org.name : null,
    orgType: org.type,
    contactName: reveal.contact ? row.contactName : null,
    contactPhone: reveal.contact ? row.contactPhone : null,
    rejectReason: reveal.contact ? row.rejectReason : null,
    version: row.version,
    submittedAt: iso(row.submittedAt),
    publishedAt: iso(row.publishedAt),
    createdAt: iso(row.createdAt)!,
    updatedAt: iso(row.updatedAt)!,
  };
  if (isNeed(kind, row)) {
    Object.assign(v, {
      industry: row.industry,
      budgetMinFen: fen(row.budgetMinFen),
      budgetMaxFen: fen(row.budgetMaxFen),
      deadline: row.deadline,
      cooperationModes: row.cooperationModes,
      visibility: row.visibility,
      anonymous: row.anonymous,
    });
  } else if (isAchievement(kind, row)) {
    Object.assign(v, {
      registryNumber: row.registryNumber,
      achievementType: row.achievementType,
      trl: row.trl,
      ipItems: row.ipItems,
      team: row.team,
      transferModes: row.transferModes,
      priceFen: fen(row.priceFen),
      negotiable: row.negotiable,
    });
  } else if (isChallenge(kind, row)) {
    Object.assign(v, {
      rewardFen: fen(row.rewardFen)!,
      deadline: row.deadline,
      awardedApplicationId: row.awardedApplicationId,
    });
  }
  return v;
}

/** The index document of a published listing (callers remove non-published ones instead). */
export function toDocument(kind: ListingKind, row: ListingRow, org: OwnerOrg, regionCodes: string[]): ListingDocument {
  const anonymous = isAnonymous(kind, row);
  const doc: ListingDocument = {
    id: row.id,
    kind,
    status: 'published',
    audience: isNeed(kind, row) ? row.visibility : 'public',
    title: row.title,
    description: row.description,
    keywords: row.keywords,
    techFieldCode: row.techFieldCode,
    regionCode: row.regionCode,
    regionCodes: [...new Set([row.regionCode, ...regionCodes])],
    orgType: org.type,
    ...(anonymous ? {} : { orgId: org.id, orgName: org.name }),
    anonymous,
    priceFen: null,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).getTime() : 0,
    version: row.version,
    grams: titleGrams([row.title, ...row.keywords]),
  };
  if (isNeed(kind, row)) {
    Object.assign(doc, {
      priceFen: fen(row.budgetMaxFen),
      industry: row.industry,
      budgetMinFen: fen(row.budgetMinFen),
      budgetMaxFen: fen(row.budgetMaxFen),
      cooperationModes: row.cooperationModes,
      deadline: row.deadline,
    });
  } else if (isAchievement(kind, row)) {
    Object.assign(doc, {
      priceFen: fen(row.priceFen),
      achievementType: row.achievementType,
      trl: row.trl,
      transferModes: row.transferModes,
      negotiable: row.negotiable,
      registryNumber: row.registryNumber,
    });
  } else if (isChallenge(kind, row)) {
    Object.assign(doc, { priceFen: fen(row.rewardFen), rewardFen: fen(row.rewardFen)!, deadline: row.deadline });
  }
  return doc;
}
