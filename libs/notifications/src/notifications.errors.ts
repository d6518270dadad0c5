import { AppError, type ErrorStatusMap } from '../../shared/errors/index.js';

export enum NotificationsErrorCode {
  NOTIFICATION_NOT_FOUND = 'NOTIFICATION_NOT_FOUND',
}

export const notificationsErrorStatus: ErrorStatusMap<NotificationsErrorCode> = {
  NOTIFICATION_NOT_FOUND: 404,
};

/** Unknown id, or a notification addressed to someone else (indistinguishable on purpose). */
export class NotificationNotFoundError extends AppError {
  constructor(id: string) {
    super(NotificationsErrorCode.NOTIFICATION_NOT_FOUND, '通知不存在', { id });
  }
}
