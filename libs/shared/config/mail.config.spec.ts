import { ConfigError } from './env-schema.js';
import { MailConfig } from './mail.config.js';

describe('MailConfig', () => {
  it('defaults to the log transport', () => {
    expect(MailConfig.fromEnv({})).toEqual({
      transport: 'log',
      from: 'noreply@techmarket.local',
      publicUrl: 'http://127.0.0.1:3000',
    });
  });

  it('accepts disabled and a sender address', () => {
    expect(MailConfig.fromEnv({ MAIL_TRANSPORT: 'disabled', MAIL_FROM: 'market@kjj.gov.cn' })).toMatchObject({
      transport: 'disabled',
      from: 'market@kjj.gov.cn',
    });
  });

  it('links to PUBLIC_URL (without a trailing slash), by default to the api listen address', () => {
    expect(MailConfig.fromEnv({ PUBLIC_URL: 'https://jssc.kjj.gov.cn/market/' }).publicUrl).toBe(
      'https://jssc.kjj.gov.cn/market',
    );
    expect(MailConfig.fromEnv({ HOST: '10.0.0.5', PORT: '8080' }).publicUrl).toBe('http://10.0.0.5:8080');
    expect(() => MailConfig.fromEnv({ PUBLIC_URL: 'jssc.kjj.gov.cn' })).toThrow(
      /^Invalid configuration: PUBLIC_URL must be an http\(s\) URL/,
    );
  });

  it('refuses an unknown transport or a sender that is not an address, in one line naming the variable', () => {
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(ConfigError);
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(
      /^Invalid configuration: MAIL_TRANSPORT must be one of log, disabled \(got "smtp"\)$/,
    );
    expect(() => MailConfig.fromEnv({ MAIL_FROM: 'nobody' })).toThrow(
      /^Invalid configuration: MAIL_FROM must be an e-mail address/,
    );
  });
});
