import { IsEmail, IsIn, IsOptional, Matches } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

export const MAIL_TRANSPORTS = ['log', 'disabled'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];

class MailEnv {
  @IsIn(MAIL_TRANSPORTS, { message: `MAIL_TRANSPORT must be one of ${MAIL_TRANSPORTS.join(', ')}` })
  MAIL_TRANSPORT: string = 'log';

  @IsEmail({}, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM: string = 'noreply@techmarket.local';

  /** Default: the api's own listen address (HOST, PORT), right for a market used on this machine. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message: 'PUBLIC_URL must be an http(s) URL like https://market.example.gov.cn',
  })
  PUBLIC_URL: string | undefined = undefined;
}

/**
 * Outgoing mail: `log` writes every mail to the pino log (no mail server is needed to run the
 * market), `disabled` drops them. A real transport (SMTP) is another value here and another
 * MailPort adapter in libs/notifications.
 */
export class MailConfig {
  constructor(
    readonly transport: MailTransportKind,
    readonly from: string,
    /** Where users reach the web app; links in mails (invitations, alerts) start with it. No trailing slash. */
    readonly publicUrl: string = 'http://127.0.0.1:3000',
  ) {}

  static fromEnv(env: Env): MailConfig {
    const e = validateEnv(MailEnv, env);
    // HOST and PORT are validated by AppConfig; here they only make the default address.
    const publicUrl = e.PUBLIC_URL ?? `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}`;
    return new MailConfig(e.MAIL_TRANSPORT as MailTransportKind, e.MAIL_FROM, publicUrl.replace(/\/+$/, ''));
  }
}
