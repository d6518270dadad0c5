import { isEmail } from 'class-validator';
import { ConfigError, envConfig, flag, int, oneOf, optionalText, pattern, text, type Env } from './env-schema.js';

export const MAIL_TRANSPORTS = ['log', 'disabled', 'smtp'] as const;
export type MailTransportKind = (typeof MAIL_TRANSPORTS)[number];
export const SMS_TRANSPORTS = ['log', 'disabled'] as const;
export type SmsTransportKind = (typeof SMS_TRANSPORTS)[number];

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
export class MailConfig extends envConfig(
  {
    transport: oneOf('MAIL_TRANSPORT', MAIL_TRANSPORTS, 'log'),
    from: text('MAIL_FROM', 'noreply@techmarket.local', {
      test: (s) => isEmail(s),
      message: 'must be an e-mail address',
    }),
    /**
     * Where users reach the web app; links in mails (invitations, alerts) start with it. No trailing slash.
     * Default: the api's own listen address (HOST, PORT), right for a market used on this machine.
     */
    publicUrl: optionalText(
      'PUBLIC_URL',
      pattern(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) URL like https://market.example.gov.cn'),
    ),
    smtp: {
      tlsRejectUnauthorized: flag('SMTP_TLS_REJECT_UNAUTHORIZED', true),
      requireTls: flag('SMTP_REQUIRE_TLS', false),
      timeoutMs: int('SMTP_TIMEOUT_MS', 30_000, 1000, 600_000),
    },
    permanentFailureAttempts: int('MAIL_PERMANENT_FAILURE_ATTEMPTS', 3, 1, 20),
    /** HH:MM, China time (UTC+8, no daylight saving). */
    digestAt: text(
      'MAIL_DIGEST_AT',
      '08:00',
      pattern(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a China time of day like 08:00'),
    ),
    digestPollMs: int('MAIL_DIGEST_POLL_MS', 300_000, 1000, 3_600_000),
    smsTransport: oneOf('SMS_TRANSPORT', SMS_TRANSPORTS, 'log'),
  },
  ({ smtp, publicUrl, ...rest }, env) => {
    const url = smtpUrl(env, rest.transport);
    // HOST and PORT are validated by AppConfig; here they only make the default address.
    const base = publicUrl ?? `http://${env.HOST || '127.0.0.1'}:${env.PORT || '3000'}`;
    return {
      ...rest,
      publicUrl: base.replace(/\/+$/, ''),
      smtp: rest.transport === 'smtp' && url ? { url, ...smtp } : null,
    };
  },
) {}
