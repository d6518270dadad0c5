import { NOTIFICATION_KINDS, type NotificationKind } from '../../../../libs/notifications/src/index.js';
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
