import { createHmac } from 'node:crypto';

/**
 * `sha256=<hex>` of HMAC-SHA256(secret, "<timestamp>.<body>"). The timestamp is signed too so a
 * receiver can reject replays of an old delivery (compare X-Techmarket-Timestamp with its clock).
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
