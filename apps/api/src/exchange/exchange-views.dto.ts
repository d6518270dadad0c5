import {
  API_KEY_SCOPES,
  WEBHOOK_EVENTS,
  type ApiKeyScope,
  type WebhookEvent,
} from '../../../../libs/exchange/src/index.js';
import { Field, PageOf } from '../openapi/response-field.js';

/** Response DTOs of the partner exchange's administration (keys, webhooks, deliveries). */
export class ApiKeyViewDto {
  @Field('string') id!: string;
  @Field('string') partner!: string;
  @Field('string') keyPrefix!: string;
  @Field(API_KEY_SCOPES, { array: true }) scopes!: ApiKeyScope[];
  @Field('string', { nullable: true }) orgId!: string | null;
  @Field('string', { nullable: true }) orgName!: string | null;
  @Field('integer') rateLimitPerMinute!: number;
  @Field('string') createdAt!: string;
  @Field('string', { nullable: true }) lastUsedAt!: string | null;
  @Field('string', { nullable: true }) revokedAt!: string | null;
}

export class CreatedApiKeyDto extends ApiKeyViewDto {
  @Field('string', { description: '密钥全文，只在创建时返回一次' }) key!: string;
}

export class WebhookViewDto {
  @Field('string') id!: string;
  @Field('string') url!: string;
  @Field(WEBHOOK_EVENTS, { array: true }) events!: WebhookEvent[];
  @Field('string', { nullable: true }) description!: string | null;
  @Field('string') createdAt!: string;
  @Field('string', { nullable: true }) disabledAt!: string | null;
}

export class CreatedWebhookDto extends WebhookViewDto {
  @Field('string', { description: '签名密钥，只在创建时返回一次' }) secret!: string;
}

export class DeliveryViewDto {
  @Field('string') id!: string;
  @Field(WEBHOOK_EVENTS) event!: WebhookEvent;
  @Field('string') listingKind!: string;
  @Field('string') listingId!: string;
  @Field('integer') listingVersion!: number;
  @Field(['pending', 'delivered', 'failed']) status!: 'pending' | 'delivered' | 'failed';
  @Field('integer') attempts!: number;
  @Field('integer', { nullable: true }) lastStatusCode!: number | null;
  @Field('string', { nullable: true }) lastError!: string | null;
  @Field('string', { nullable: true }) lastAttemptAt!: string | null;
  @Field('string', { nullable: true }) nextAttemptAt!: string | null;
  @Field('string', { nullable: true }) deliveredAt!: string | null;
  @Field('string') createdAt!: string;
}

export const ApiKeyPageDto = PageOf(ApiKeyViewDto);
export const WebhookPageDto = PageOf(WebhookViewDto);
export const DeliveryPageDto = PageOf(DeliveryViewDto);
