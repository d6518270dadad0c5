import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum NotificationsErrorCode {
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
  NOTIFICATION_CATEGORY_ESSENTIAL = 'NOTIFICATION_CATEGORY_ESSENTIAL',
  UNSUBSCRIBE_TOKEN_INVALID = 'UNSUBSCRIBE_TOKEN_INVALID',
  UNSUBSCRIBE_TOKEN_NOT_YOURS = 'UNSUBSCRIBE_TOKEN_NOT_YOURS',
}

export const notificationsErrorStatus: ErrorStatusMap<NotificationsErrorCode> = {
  NOTIFICATION_NOT_FOUND: 404,
  NOTIFICATION_CATEGORY_ESSENTIAL: 422,
  UNSUBSCRIBE_TOKEN_INVALID: 400,
  UNSUBSCRIBE_TOKEN_NOT_YOURS: 403,
};

export class NotificationsError extends AppError {
  constructor(code: NotificationsErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
  }
}

/** Unknown id, or a notification addressed to someone else (indistinguishable on purpose). */
export class NotificationNotFoundError extends NotificationsError {
  constructor(id: string) {
    super(NotificationsErrorCode.NOTIFICATION_NOT_FOUND, '通知不存在', { id });
  }
}
