import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ConfigError, validateEnv, type Env } from './env-schema.js';

export const MAIL_TRANSPORTS = ['log', 'disabled', 'smtp'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];
export const SMS_TRANSPORTS = ['log', 'disabled'] as const;
export type SmsTransportKind = (typeof SMS_TRANSPORTS)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
const between = (name: string, min: number, max: number) => `${name} must be an integer between ${min} and ${max}`;

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

  @Transform(toBool)
  @IsBoolean({ message: 'SMTP_TLS_REJECT_UNAUTHORIZED must be true or false' })
  SMTP_TLS_REJECT_UNAUTHORIZED: boolean = true;

  @Transform(toBool)
  @IsBoolean({ message: 'SMTP_REQUIRE_TLS must be true or false' })
  SMTP_REQUIRE_TLS: boolean = false;

  @Transform(toInt)
  @IsInt({ message: between('SMTP_TIMEOUT_MS', 1000, 600000) })
  @Min(1000, { message: between('SMTP_TIMEOUT_MS', 1000, 600000) })
  @Max(600_000, { message: between('SMTP_TIMEOUT_MS', 1000, 600000) })
  SMTP_TIMEOUT_MS: number = 30_000;

  @Transform(toInt)
  @IsInt({ message: between('MAIL_PERMANENT_FAILURE_ATTEMPTS', 1, 20) })
  @Min(1, { message: between('MAIL_PERMANENT_FAILURE_ATTEMPTS', 1, 20) })
  @Max(20, { message: between('MAIL_PERMANENT_FAILURE_ATTEMPTS', 1, 20) })
  MAIL_PERMANENT_FAILURE_ATTEMPTS: number = 3;

  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'MAIL_DIGEST_AT must be a China time of day like 08:00' })
  MAIL_DIGEST_AT: string = '08:00';

  @Transform(toInt)
  @IsInt({ message: between('MAIL_DIGEST_POLL_MS', 1000, 3600000) })
  @Min(1000, { message: between('MAIL_DIGEST_POLL_MS', 1000, 3600000) })
  @Max(3_600_000, { message: between('MAIL_DIGEST_POLL_MS', 1000, 3600000) })
  MAIL_DIGEST_POLL_MS: number = 300_000;

  @IsIn(SMS_TRANSPORTS, { message: `SMS_TRANSPORT must be one of ${SMS_TRANSPORTS.join(', ')}` })
  SMS_TRANSPORT: string = 'log';
}

/** How the SMTP transport reaches its server (MAIL_TRANSPORT=smtp). */
export interface SmtpSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string;
  /** Refuse a server certificate that does not verify (false only for a test server). */
  tlsRejectUnauthorized: boolean;
  /** Refuse to send unless the server offers STARTTLS. */
  requireTls: boolean;
  /** Connection, greeting and socket timeouts. */
  timeoutMs: number;
}

/**
 * SMTP_URL: smtp:// or smtps://, a host, an optional port. The value is never echoed in the
 * message: it may hold the mailbox password.
 */
function smtpUrl(env: Env, transport: MailTransportKind): string | null {
  const raw = env.SMTP_URL?.trim() ?? '';
  if (transport !== 'smtp') return raw || null;
  const detail = 'must be an smtp:// or smtps:// URL like smtp://user:password@mail.example.gov.cn:587';
  if (!raw) throw new ConfigError('SMTP_URL', `is required when MAIL_TRANSPORT=smtp: it ${detail}`);
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError('SMTP_URL', detail);
  }
  if (!['smtp:', 'smtps:'].includes(u.protocol) || !u.hostname || (u.pathname && u.pathname !== '/'))
    throw new ConfigError('SMTP_URL', detail);
  return raw;
}

/**
 * Outgoing mail and SMS: `log` writes every message to the pino log (no mail server is needed to
 * run the market), `disabled` drops them, `smtp` sends mail through SMTP_URL (nodemailer). A
 * permanent refusal (5xx) is retried MAIL_PERMANENT_FAILURE_ATTEMPTS times, then recorded as
 * failed; anything else (server down, 4xx) retries with the job queue's backoff until it goes.
 * Daily digests leave at MAIL_DIGEST_AT, China time; the worker looks for due ones every
 * MAIL_DIGEST_POLL_MS.
 */
export class MailConfig {
  constructor(
    readonly transport: MailTransportKind,
    readonly from: string,
    /** Where users reach the web app; links in mails (invitations, alerts) start with it. No trailing slash. */
    readonly publicUrl: string = 'http://127.0.0.1:3000',
    readonly smtp: SmtpSettings | null = null,
    readonly permanentFailureAttempts: number = 3,
    /** HH:MM, China time (UTC+8, no daylight saving). */
    readonly digestAt: string = '08:00',
    readonly digestPollMs: number = 300_000,
    readonly smsTransport: SmsTransportKind = 'log',
  ) {}

  static fromEnv(env: Env): MailConfig {
    const e = validateEnv(MailEnv, env);
    const transport = e.MAIL_TRANSPORT as MailTransportKind;
    const url = smtpUrl(env, transport);
    // HOST and PORT are validated by AppConfig; here they only make the default address.
    const publicUrl = e.PUBLIC_URL ?? `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}`;
    return new MailConfig(
      transport,
      e.MAIL_FROM,
      publicUrl.replace(/\/+$/, ''),
      transport === 'smtp' && url
        ? {
            url,
            tlsRejectUnauthorized: e.SMTP_TLS_REJECT_UNAUTHORIZED,
            requireTls: e.SMTP_REQUIRE_TLS,
            timeoutMs: e.SMTP_TIMEOUT_MS,
          }
        : null,
      e.MAIL_PERMANENT_FAILURE_ATTEMPTS,
      e.MAIL_DIGEST_AT,
      e.MAIL_DIGEST_POLL_MS,
      e.SMS_TRANSPORT as SmsTransportKind,
    );
  }
}
