import { errorCodes, notFoundError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const notificationsErrorStatus = {
  NOTIFICATION_NOT_FOUND: 404,
};

export const NotificationsErrorCode = errorCodes(notificationsErrorStatus);
export type NotificationsErrorCode = keyof typeof notificationsErrorStatus;

/** Unknown id, or a notification addressed to someone else (indistinguishable on purpose). */
export class NotificationNotFoundError extends notFoundError(
  NotificationsErrorCode.NOTIFICATION_NOT_FOUND,
  '通知不存在',
) {}
