import { ConfigError, ExchangeConfig } from '../../shared/config/index.js';

describe('ExchangeConfig', () => {
  it('has defaults and reads the variables', () => {
    expect(ExchangeConfig.fromEnv({})).toMatchObject({
      rateLimitPerMinute: 60,
      webhookMaxAttempts: 10,
      webhookTimeoutMs: 5_000,
    });
    expect(
      ExchangeConfig.fromEnv({
        EXCHANGE_RATE_LIMIT_PER_MINUTE: '120',
        EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: '50',
        EXCHANGE_WEBHOOK_BACKOFF_MAX_MS: '200',
      }),
    ).toMatchObject({
      rateLimitPerMinute: 120,
      webhookBackoffBaseMs: 50,
      webhookBackoffMaxMs: 200,
    });
  });

  it('refuses invalid values with one line naming the variable', () => {
    expect(() => ExchangeConfig.fromEnv({ EXCHANGE_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(ConfigError);
    expect(() => ExchangeConfig.fromEnv({ EXCHANGE_WEBHOOK_TIMEOUT_MS: 'soon' })).toThrow(
      /EXCHANGE_WEBHOOK_TIMEOUT_MS/,
    );
  });

  it('never backs off less at the cap than at the base', () => {
    expect(
      ExchangeConfig.fromEnv({ EXCHANGE_WEBHOOK_BACKOFF_BASE_MS: '5000', EXCHANGE_WEBHOOK_BACKOFF_MAX_MS: '1000' })
        .webhookBackoffMaxMs,
    ).toBe(5000);
  });
});
