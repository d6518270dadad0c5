export { NotificationsModule } from './notifications.module.js';
export { NotificationService, MAIL_QUEUE } from './notification.service.js';
export {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationInput,
  type NotificationView,
  type NotificationListQuery,
} from './notification.types.js';
export {
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_CATEGORY,
  MAIL_PREFERENCES,
  CATEGORY_LABELS,
  URGENT_KINDS,
  type NotificationCategory,
  type MailPreference,
} from './notification-categories.js';
export { NotificationPreferenceService, type PreferenceView } from './preference.service.js';
export { DeliveryReportService, type DeliveryFailureView } from './delivery-report.service.js';
export { DigestService } from './digest.service.js';
export { latestDigestSlot } from './digest-schedule.js';
export { MAIL_PORT, MailSendError, type MailPort, type MailMessage } from './mail.port.js';
export { SMS_PORT, type SmsPort, type SmsMessage } from './sms.port.js';
export { MailQueue, type DirectMail } from './mail-queue.service.js';
export {
  LogMailTransport,
  DisabledMailTransport,
  LogSmsTransport,
  DisabledSmsTransport,
  type MailLogSink,
} from './log-mail.transport.js';
export { SmtpMailTransport } from './smtp-mail.transport.js';
export { NotificationsErrorCode, NotificationsError, NotificationNotFoundError } from './notifications.errors.js';
export { NotificationFactsReader } from './notification-facts.js';
export { MailRecipients, type MailRecipientDirectory, type Recipient } from './mail-recipients.js';
export { UnsubscribeTokens } from './unsubscribe-token.js';
export { PREFERENCES_PATH, UNSUBSCRIBE_PATH } from './delivery-sender.js';
