/** The three kinds of listing; each has its own table and search index. */
export const LISTING_KINDS = ['need', 'achievement', 'challenge'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

export const LISTING_STATUSES = ['draft', 'submitted', 'published', 'rejected', 'withdrawn', 'closed'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/** 转化方式 offered by an achievement: 自行实施 / 转让 / 许可 / 合作 / 作价入股 / 其他. */
export const TRANSFER_MODES = ['self_implementation', 'transfer', 'licence', 'cooperation', 'equity', 'other'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

/** 合作方式 wanted by a need. */
export const COOPERATION_MODES = [
  'commissioned_development',
  'cooperative_development',
  'transfer',
  'licence',
  'consulting',
  'service',
  'other',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/** 成果类型: 应用技术 / 基础理论 / 软科学. */
export const ACHIEVEMENT_TYPES = ['applied', 'basic', 'soft'] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];

/** Who may see a need: everyone, or only verified organisations. */
export const NEED_VISIBILITIES = ['public', 'verified'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

/** Logical search index of each kind. */
export const INDEX_OF: Record<ListingKind, string> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};

/** Upper bound of any amount in fen (10 万亿元), well inside JavaScript's exact integers. */
export const MAX_FEN = 1_000_000_000_000_000;
