import { OutboxConfig } from './outbox.config.js';

describe('OutboxConfig', () => {
  it('defaults: poll every 500 ms, retries from 500 ms doubling up to a minute, claimed rows reserved for a minute', () => {
    expect(OutboxConfig.fromEnv({})).toEqual({
      pollMs: 500,
      backoffBaseMs: 500,
      backoffMaxMs: 60_000,
      leaseMs: 60_000,
    });
  });

  it('takes a lease and refuses one under a second in one line naming the variable', () => {
    expect(OutboxConfig.fromEnv({ OUTBOX_LEASE_MS: '5000' }).leaseMs).toBe(5000);
    expect(() => OutboxConfig.fromEnv({ OUTBOX_LEASE_MS: '10' })).toThrow(
      /^Invalid configuration: OUTBOX_LEASE_MS must be an integer between 1000 and 3600000 \(got "10"\)$/,
    );
  });
});
