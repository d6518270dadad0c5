/**
 * Kinds of notification; the web app picks an icon, a label and a route by kind. Each belongs to
 * one category (NOTIFICATION_CATEGORY), the unit of a user's mail preference.
 */
export const NOTIFICATION_KINDS = [
  'match_alert',
  'listing_reviewed',
  'challenge_application',
  'challenge_result',
  'org_verification',
  'member_joined',
  'deal_invited',
  'deal_answered',
  'deal_stage',
  'sale_concluded',
  'listing_ended',
  'contract_submitted',
  'contract_certified',
  'contract_rejected',
  'contract_amended',
  'contract_cancelled',
  'price_publication',
  'registration_deadline',
  'import_finished',
  'webhook_failing',
  'voucher_application',
  'voucher_decision',
  'voucher_redemption',
  'voucher_expired',
  'loan_filed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a domain lib hands to NotificationService.notify. */
export interface NotificationInput {
  /** One user, or (userId absent) every user of the organisation. At least one is required. */
  recipientUserId?: string;
  recipientOrgId?: string;
  kind: NotificationKind;
  /** Chinese, shown in the list and as the mail subject. */
  title: string;
  /** Chinese, plain text. */
  body: string;
  /** Path inside the web app, e.g. /listings/need/<id>. */
  link?: string;
  payload?: Record<string, unknown>;
  /** Also send it by mail (after commit, by the worker), as each recipient's preference says. */
  mail?: boolean;
  /**
   * Names the fact and recipient (`contract.certified:<event job>:<org>`): a second notify with
   * the same key writes nothing, so a subscriber run twice notifies once.
   */
  dedupeKey?: string;
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  payload: Record<string, unknown>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationListQuery {
  unread?: boolean;
  page: number;
  pageSize: number;
}
