import {
  MAIL_PREFERENCES,
  NOTIFICATION_CATEGORIES,
  NOTIFICATION_KINDS,
  type MailPreference,
  type NotificationCategory,
  type NotificationKind,
} from '../../../../libs/notifications/src/index.js';
import { Field } from '../openapi/response-field.js';

/** Response DTOs of in-app notifications. */
export class NotificationViewDto {
  @Field('string') id!: string;
  @Field(NOTIFICATION_KINDS) kind!: NotificationKind;
  @Field('string') title!: string;
  @Field('string') body!: string;
  @Field('string', { nullable: true, description: '网页内的路径，如 /listings/need/<id>' }) link!: string | null;
  @Field('object', { description: '按 kind 而定（match_alert：needId、achievementId、similarity、matchedListing）' })
  payload!: Record<string, unknown>;
  @Field('boolean') read!: boolean;
  @Field('string', { nullable: true }) readAt!: string | null;
  @Field('string') createdAt!: string;
}

export class NotificationPageDto {
  @Field(() => NotificationViewDto, { array: true }) items!: NotificationViewDto[];
  @Field('integer') total!: number;
  @Field('integer') page!: number;
  @Field('integer') pageSize!: number;
  @Field('integer', { description: '未读通知数' }) unread!: number;
}

export class UnreadCountDto {
  @Field('integer') unread!: number;
}

export class ReadAllResultDto {
  @Field('integer', { description: '标为已读的条数' }) updated!: number;
}

export class PreferenceViewDto {
  @Field(NOTIFICATION_CATEGORIES) category!: NotificationCategory;
  @Field('string', { description: '类别的中文名' }) label!: string;
  @Field(MAIL_PREFERENCES, { description: 'immediate 即时邮件，digest 每日摘要，off 不发邮件（站内通知始终保留）' })
  mail!: MailPreference;
  @Field('boolean', { description: '事关账号本身的通知：邮件始终即时发送，不能调整' }) essential!: boolean;
}

export class DeliveryFailureViewDto {
  @Field('string') id!: string;
  @Field(['mail', 'sms']) channel!: 'mail' | 'sms';
  @Field(['notification', 'digest', 'direct']) kind!: 'notification' | 'digest' | 'direct';
  @Field('string', { description: '收件地址或手机号' }) address!: string;
  @Field('string') subject!: string;
  @Field('integer') attempts!: number;
  @Field('string', { nullable: true, description: '服务器最后一次的答复' }) error!: string | null;
  @Field('string') createdAt!: string;
  @Field('string') failedAt!: string;
}

export class DeliveryFailurePageDto {
  @Field(() => DeliveryFailureViewDto, { array: true }) items!: DeliveryFailureViewDto[];
  @Field('integer') total!: number;
  @Field('integer') page!: number;
  @Field('integer') pageSize!: number;
}
