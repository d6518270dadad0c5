import { AppConfig } from './app.config.js';
import { DatabaseConfig } from './database.config.js';
import { AuthConfig } from './auth.config.js';
import { ConfigError } from './env-schema.js';
import { SearchConfig } from './search.config.js';

describe('config validation', () => {
  it('uses defaults when variables are unset or empty', () => {
    const cfg = AppConfig.fromEnv({ PORT: '' });
    expect(cfg.port).toBe(3000);
    expect(cfg.logLevel).toBe('info');
  });

  it('rejects PORT=abc with one line naming the variable', () => {
    expect(() => AppConfig.fromEnv({ PORT: 'abc' })).toThrow(ConfigError);
    try {
      AppConfig.fromEnv({ PORT: 'abc' });
    } catch (err) {
      expect((err as ConfigError).variable).toBe('PORT');
      expect((err as Error).message).toBe(
        'Invalid configuration: PORT must be an integer between 1 and 65535 (got "abc")',
      );
      expect((err as Error).message).not.toContain('\n');
    }
  });

  it('names the unit of a setting in seconds, and refuses fractions and signs like any integer setting', () => {
    expect(() => AuthConfig.fromEnv({ JWT_SECRET: 'x'.repeat(32), SESSION_IDLE_TIMEOUT_SECONDS: '0' })).toThrow(
      /^Invalid configuration: SESSION_IDLE_TIMEOUT_SECONDS must be an integer number of seconds between 1 and 86400 \(got "0"\)$/,
    );
    expect(() => AppConfig.fromEnv({ PORT: '80.5' })).toThrow(
      /^Invalid configuration: PORT must be an integer between/,
    );
    expect(() => AppConfig.fromEnv({ PORT: '+80' })).toThrow(/^Invalid configuration: PORT must be an integer between/);
  });

  it('rejects a port out of range', () => {
    expect(() => AppConfig.fromEnv({ PORT: '70000' })).toThrow(/PORT must be an integer/);
  });

  it.each(['mysql://x@h/db', 'not a url', 'postgres://host-without-db', 'postgres:///nohost'])(
    'rejects DATABASE_URL=%s',
    (url) => {
      expect(() => DatabaseConfig.fromEnv({ DATABASE_URL: url })).toThrow(
        /^Invalid configuration: DATABASE_URL must be a URL/,
      );
    },
  );

  it('requires DATABASE_URL', () => {
    expect(() => DatabaseConfig.fromEnv({})).toThrow(/DATABASE_URL/);
  });

  it('accepts a postgres URL and a pool size', () => {
    const cfg = DatabaseConfig.fromEnv({ DATABASE_URL: 'postgresql://u:p@127.0.0.1:5432/tm', DATABASE_POOL_SIZE: '7' });
    expect(cfg).toMatchObject({
      url: 'postgresql://u:p@127.0.0.1:5432/tm',
      poolSize: 7,
      limits: { lockTimeoutMs: 5000, poolWaitMs: 10000 },
    });
  });

  it('validates the search namespace', () => {
    expect(() => SearchConfig.fromEnv({ MEILI_URL: 'ftp://x' })).toThrow(/MEILI_URL/);
    expect(() => SearchConfig.fromEnv({ MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'short' })).toThrow(
      /MEILI_MASTER_KEY/,
    );
    expect(SearchConfig.fromEnv({ MEILI_URL: 'http://127.0.0.1:7700/' }).url).toBe('http://127.0.0.1:7700');
  });
});
