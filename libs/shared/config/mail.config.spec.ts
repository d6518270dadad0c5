import { ConfigError } from './env-schema.js';
import { MailConfig } from './mail.config.js';

describe('MailConfig', () => {
  it('defaults to the log transport', () => {
    expect(MailConfig.fromEnv({})).toEqual({ transport: 'log', from: 'noreply@techmarket.local' });
  });

  it('accepts disabled and a sender address', () => {
    expect(MailConfig.fromEnv({ MAIL_TRANSPORT: 'disabled', MAIL_FROM: 'market@kjj.gov.cn' })).toEqual({ transport: 'disabled', from: 'market@kjj.gov.cn' });
  });

  it('refuses an unknown transport or a sender that is not an address, in one line naming the variable', () => {
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(ConfigError);
    expect(() => MailConfig.fromEnv({ MAIL_TRANSPORT: 'smtp' })).toThrow(/^Invalid configuration: MAIL_TRANSPORT must be one of log, disabled \(got "smtp"\)$/);
    expect(() => MailConfig.fromEnv({ MAIL_FROM: 'nobody' })).toThrow(/^Invalid configuration: MAIL_FROM must be an e-mail address/);
  });
});
