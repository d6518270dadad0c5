import { IsEmail, IsIn } from 'class-validator';
import { validateEnv, type Env } from './env-schema.js';

export const MAIL_TRANSPORTS = ['log', 'disabled'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];

class MailEnv {
  @IsIn(MAIL_TRANSPORTS, { message: `MAIL_TRANSPORT must be one of ${MAIL_TRANSPORTS.join(', ')}` })
  MAIL_TRANSPORT: string = 'log';

  @IsEmail({}, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM: string = 'noreply@techmarket.local';
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
  ) {}

  static fromEnv(env: Env): MailConfig {
    const e = validateEnv(MailEnv, env);
    return new MailConfig(e.MAIL_TRANSPORT as MailTransportKind, e.MAIL_FROM);
  }
}
