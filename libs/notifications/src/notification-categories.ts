import type { NotificationKind } from './notification.types.js';

/**
 * The categories a user sets a mail preference for. In-app notifications are always written;
 * mail is `immediate`, in a daily `digest`, or `off`. Essential categories (the account itself:
 * a verification decision, a colleague joining) are always mailed at once and carry no
 * unsubscribe link.
 */
export const NOTIFICATION_CATEGORIES = [
  'account',
  'listings',
  'matching',
  'deals',
  'contracts',
  'deadlines',
  'operations',
  'vouchers',
  'loans',
] as const;
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];

export const MAIL_PREFERENCES = ['immediate', 'digest', 'off'] as const;
export type MailPreference = (typeof MAIL_PREFERENCES)[number];

export const ESSENTIAL_CATEGORIES: readonly NotificationCategory[] = ['account'];

/** Chinese names (preferences page, digest headings, the unsubscribe page). */
export const CATEGORY_LABELS: Record<NotificationCategory, string> = {
  account: '账号与机构',
  listings: '发布审核与揭榜挂帅',
  matching: '匹配提醒',
  deals: '对接洽谈',
  contracts: '技术合同登记',
  deadlines: '登记期限提醒',
  operations: '数据导入与接口',
  vouchers: '科技创新券',
  loans: '成果转化贷款',
};

export const NOTIFICATION_CATEGORY: Record<NotificationKind, NotificationCategory> = {
  match_alert: 'matching',
  listing_reviewed: 'listings',
  challenge_application: 'listings',
  challenge_result: 'listings',
  org_verification: 'account',
  member_joined: 'account',
  deal_invited: 'deals',
  deal_answered: 'deals',
  deal_stage: 'deals',
  sale_concluded: 'deals',
  listing_ended: 'deals',
  contract_submitted: 'contracts',
  contract_certified: 'contracts',
  contract_rejected: 'contracts',
  contract_amended: 'contracts',
  contract_cancelled: 'contracts',
  price_publication: 'contracts',
  registration_deadline: 'deadlines',
  import_finished: 'operations',
  webhook_failing: 'operations',
  voucher_application: 'vouchers',
  voucher_decision: 'vouchers',
  voucher_redemption: 'vouchers',
  voucher_expired: 'vouchers',
  loan_filed: 'loans',
};

/** Time-critical kinds: also sent by SMS to recipients who gave a phone number. */
export const URGENT_KINDS: readonly NotificationKind[] = ['registration_deadline'];

export const isEssential = (c: NotificationCategory): boolean => ESSENTIAL_CATEGORIES.includes(c);

/** The preference that applies: essential categories are always mailed at once; unset means immediate. */
export function effectivePreference(
  category: NotificationCategory,
  stored: MailPreference | undefined,
): MailPreference {
  return isEssential(category) ? 'immediate' : (stored ?? 'immediate');
}
