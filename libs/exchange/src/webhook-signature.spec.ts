import { createHmac } from 'node:crypto';
import { signWebhook } from './webhook-signature.js';

describe('signWebhook', () => {
  it('is sha256=<hex HMAC> of "timestamp.body" with the subscription secret', () => {
    const body = JSON.stringify({ event: 'listing.published', title: '锂电池梯次利用' });
    const expected = createHmac('sha256', 'secret-0123456789').update(`1764700000.${body}`).digest('hex');
    expect(signWebhook('secret-0123456789', 1764700000, body)).toBe(`sha256=${expected}`);
  });

  it('changes with the timestamp, the body and the secret', () => {
    const base = signWebhook('s'.repeat(16), 1, '{}');
    expect(signWebhook('s'.repeat(16), 2, '{}')).not.toBe(base);
    expect(signWebhook('s'.repeat(16), 1, '{ }')).not.toBe(base);
    expect(signWebhook('t'.repeat(16), 1, '{}')).not.toBe(base);
  });
});
