import { ConfigError } from './env-schema.js';
import { MailConfig } from './mail.config.js';

describe('MailConfig', () => {
  it('defaults to the log transport', () => {
    expect(MailConfig.fromEnv({})).toEqual({
      transport: 'log',
      from: 'noreply@techmarket.local',
      publicUrl: 'http://127.0.0.1:3000',
      smtp: null,
      permanentFailureAttempts: 3,
      digestAt: '08:00',
      digestPollMs: 300_000,
      smsTransport: 'log',
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
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'sendmail' })).toThrow(ConfigError);
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'sendmail' })).toThrow(
      /^Invalid configuration: MAIL_TRANSPORT must be one of log, disabled, smtp \(got "sendmail"\)$/,
    );
    expect(() => MailConfig.fromEnv({ MAIL_FROM: 'nobody' })).toThrow(
      /^Invalid configuration: MAIL_FROM must be an e-mail address/,
    );
  });

  it('smtp takes SMTP_URL and its TLS options', () => {
    expect(
      MailConfig.fromEnv({
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtps://market:secret@mail.kjj.gov.cn:465',
        SMTP_TLS_REJECT_UNAUTHORIZED: 'false',
        SMTP_REQUIRE_TLS: 'true',
      }).smtp,
    ).toEqual({
      url: 'smtps://market:secret@mail.kjj.gov.cn:465',
      tlsRejectUnauthorized: false,
      requireTls: true,
      timeoutMs: 30_000,
    });
  });

  it.each([
    ['missing', undefined, /^Invalid configuration: SMTP_URL is required when MAIL_TRANSPORT=smtp/],
    ['not a URL', 'mail.kjj.gov.cn:25', /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/],
    [
      'another scheme',
      'http://mail.kjj.gov.cn',
      /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    ],
    ['a bad port', 'smtp://u:p@mail.kjj.gov.cn:99999', /^Invalid configuration: SMTP_URL must be/],
  ])('an SMTP_URL %s stops start-up in one line naming the variable, never echoing the password', (_n, url, re) => {
    let message = '';
    try {
      MailConfig.fromEnv({ MAIL_TRANSPORT: 'smtp', SMTP_URL: url });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(re);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('p@');
  });

  it('refuses a digest time that is not HH:MM and an SMS transport it does not know', () => {
    expect(() => MailConfig.fromEnv({ MAIL_DIGEST_AT: '8点' })).toThrow(
      /^Invalid configuration: MAIL_DIGEST_AT must be/,
    );
    expect(() => MailConfig.fromEnv({ SMS_TRANSPORT: 'aliyun' })).toThrow(
      /^Invalid configuration: SMS_TRANSPORT must be/,
    );
  });
});
