export { NotificationsModule } from './notifications.module.js';
export { NotificationService, MAIL_QUEUE } from './notification.service.js';
export {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationInput,
  type NotificationView,
  type NotificationListQuery,
} from './notification.types.js';
export { MAIL_PORT, type MailPort, type MailMessage } from './mail.port.js';
export { MailQueue, type DirectMail } from './mail-queue.service.js';
export { LogMailTransport, DisabledMailTransport, type MailLogSink } from './log-mail.transport.js';
export { NotificationsErrorCode, notificationsErrorStatus, NotificationNotFoundError } from './notifications.errors.js';
export { NotificationFactsReader } from './notification-facts.js';
export { MailRecipients, type MailRecipientDirectory } from './mail-recipients.js';
