import { AppError, errorTable, notFoundError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const NotificationsErrorCode = errorTable({
  NOTIFICATION_NOT_FOUND: 404,
  NOTIFICATION_CATEGORY_ESSENTIAL: 422,
  UNSUBSCRIBE_TOKEN_INVALID: 400,
  UNSUBSCRIBE_TOKEN_NOT_YOURS: 403,
});

export type NotificationsErrorCode = keyof typeof NotificationsErrorCode;

export class NotificationsError extends AppError<NotificationsErrorCode> {}

/** Unknown id, or a notification addressed to someone else (indistinguishable on purpose). */
export class NotificationNotFoundError extends notFoundError(
  NotificationsErrorCode.NOTIFICATION_NOT_FOUND,
  '通知不存在',
) {}
