import type { ApiKeyScope, WebhookDelivery, WebhookEvent } from '../../../api/types';

export const SCOPE_NAMES: Record<ApiKeyScope, string> = {
  'listings:read': '读取已发布信息（增量同步）',
  'listings:push': '代单位推送信息',
};
export const SCOPE_SHORT: Record<ApiKeyScope, string> = { 'listings:read': '读取', 'listings:push': '推送' };
export const EVENT_NAMES: Record<WebhookEvent, string> = {
  'listing.published': '信息发布',
  'listing.changed': '信息变更',
  'listing.withdrawn': '信息撤回/下架',
};
export const DELIVERY_STATUS: Record<WebhookDelivery['status'], { text: string; color: string }> = {
  pending: { text: '待投递', color: 'processing' },
  delivered: { text: '已送达', color: 'success' },
  failed: { text: '失败', color: 'error' },
};
