/** Kinds of notification; the web app picks an icon and a route by kind. */
export const NOTIFICATION_KINDS = ['match_alert'] as const;
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
  /** Also send it by mail (after commit, by the worker). */
  mail?: boolean;
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
