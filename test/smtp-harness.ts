/**
 * A real SMTP server in this process (the `smtp-server` package) and what arrived at it, parsed
 * with `mailparser`, for the mail suites:
 *
 *   const smtp = await startSmtp();                       // a free port; smtp.url for SMTP_URL
 *   const mails = await smtp.waitFor((m) => m.length >= 2);
 *   await smtp.stop();  …  await smtp.start();            // down and back on the same port
 *   const smtp = await startSmtp({ refuse: (to) => to.startsWith('bounce') });   // 550 for those
 *
 * Every delivered mail keeps its raw source (headers as sent: the encoded subject) beside the
 * parsed message. The server offers no STARTTLS and takes mail without authentication.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** The envelope's recipients. */
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpHarness {
  url: string;
  port: number;
  received: ReceivedMail[];
  /** Resolves once `done(received)` holds (polls every 50 ms), or rejects after `timeoutMs`. */
  waitFor(done: (m: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** Closes the listener and every open connection: the server is down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
}

export async function startSmtp(opts: { refuse?: (rcpt: string) => boolean } = {}): Promise<SmtpHarness> {
  const received: ReceivedMail[] = [];
  let server: SMTPServer | undefined;
  let port = 0;

  const listen = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 50,
      onRcptTo(address, _session, cb) {
        if (opts.refuse?.(address.address)) {
          const err = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
          return cb(err);
        }
        cb();
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw).then(
            (parsed) => {
              received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
              cb();
            },
            (err: Error) => cb(err),
          );
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(port, '127.0.0.1', () => resolve());
    });
    port = (server.server.address() as AddressInfo).port;
  };
  await listen();

  return {
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    received,
    async waitFor(done, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (!done(received)) {
        if (Date.now() > until)
          throw new Error(`SMTP: condition not met within ${timeoutMs} ms (${received.length} mails)`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    stop: () => new Promise<void>((resolve) => server!.close(() => resolve())),
    start: listen,
  };
}
