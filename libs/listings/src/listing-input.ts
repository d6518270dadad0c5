import type { IpItem, TeamMember } from './achievement.entity.js';
import type { AchievementType, CooperationMode, ListingKind, NeedVisibility, TransferMode } from './listing.types.js';
import { MAX_FEN } from './listing.types.js';
import { ListingInvalidFieldError } from './listings.errors.js';

export interface ListingCommonInput {
  title: string;
  description: string;
  keywords?: string[];
  techFieldCode: string;
  contactName?: string | null;
  contactPhone?: string | null;
}

export interface NeedInput extends ListingCommonInput {
  industry?: string | null;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  deadline?: string | null;
  cooperationModes?: CooperationMode[];
  visibility?: NeedVisibility;
  anonymous?: boolean;
}

export interface AchievementInput extends ListingCommonInput {
  registryNumber?: string | null;
  achievementType: AchievementType;
  trl: number;
  ipItems?: IpItem[];
  team?: TeamMember[];
  transferModes: TransferMode[];
  priceFen?: number | null;
  negotiable?: boolean;
}

export interface ChallengeInput extends ListingCommonInput {
  rewardFen: number;
  deadline?: string | null;
}

export type ListingInput = NeedInput | AchievementInput | ChallengeInput;

const COMMON_KEYS = ['title', 'description', 'keywords', 'techFieldCode', 'contactName', 'contactPhone'];

/** The writable fields of each kind; anything else in an input is ignored by the store. */
export const WRITABLE_KEYS: Record<ListingKind, string[]> = {
  need: [
    ...COMMON_KEYS,
    'industry',
    'budgetMinFen',
    'budgetMaxFen',
    'deadline',
    'cooperationModes',
    'visibility',
    'anonymous',
  ],
  achievement: [
    ...COMMON_KEYS,
    'registryNumber',
    'achievementType',
    'trl',
    'ipItems',
    'team',
    'transferModes',
    'priceFen',
    'negotiable',
  ],
  challenge: [...COMMON_KEYS, 'rewardFen', 'deadline'],
};

export function pickWritable(kind: ListingKind, input: Partial<ListingInput>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of WRITABLE_KEYS[kind]) {
    const v = (input as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

const FEN_KEYS = ['budgetMinFen', 'budgetMaxFen', 'priceFen', 'rewardFen'];

/** A stored row as input-shaped state: bigint columns arrive as strings from the driver. */
export function rowState(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = { ...row };
  for (const k of FEN_KEYS) if (typeof out[k] === 'string') out[k] = Number(out[k]);
  return out;
}

function checkFen(field: string, v: unknown): void {
  if (v === null || v === undefined) return;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > MAX_FEN) {
    throw new ListingInvalidFieldError(field, `${field} 必须是 0 到 ${MAX_FEN} 之间的整数（分）`);
  }
}

/**
 * Rules that span fields (checked on the merged state, so a partial edit cannot break them).
 * Single-field formats are the DTOs' job; these hold for every caller of the service.
 */
export function checkListingState(kind: ListingKind, s: Record<string, unknown>): void {
  if (kind === 'need') {
    checkFen('budgetMinFen', s.budgetMinFen);
    checkFen('budgetMaxFen', s.budgetMaxFen);
    if (s.budgetMinFen != null && s.budgetMaxFen != null && Number(s.budgetMinFen) > Number(s.budgetMaxFen)) {
      throw new ListingInvalidFieldError('budgetMaxFen', '预算上限不能低于预算下限');
    }
  } else if (kind === 'achievement') {
    const trl = Number(s.trl);
    if (!Number.isInteger(trl) || trl < 1 || trl > 9)
      throw new ListingInvalidFieldError('trl', 'trl（技术成熟度）必须是 1 到 9 的整数');
    checkFen('priceFen', s.priceFen);
    if (!s.negotiable && (s.priceFen === null || s.priceFen === undefined)) {
      throw new ListingInvalidFieldError('priceFen', '请填写转让价格，或选择“面议”');
    }
    if (!Array.isArray(s.transferModes) || s.transferModes.length === 0)
      throw new ListingInvalidFieldError('transferModes', '请至少选择一种转化方式');
  } else {
    checkFen('rewardFen', s.rewardFen);
    if (s.rewardFen === null || s.rewardFen === undefined)
      throw new ListingInvalidFieldError('rewardFen', '请填写榜单奖励金额');
  }
}
