import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { HttpConfig } from '../../../libs/shared/config/index.js';
import { CommonErrorCode } from '../../../libs/shared/errors/index.js';
import { exceedsJsonDepth } from '../../../libs/shared/http/index.js';

/** What the exception filter reads off a body-parser error (fromBodyParser). */
const BODY_TOO_DEEP_TYPE = 'entity.too.deep';

/** Shaped like an http-errors error (status, statusCode, expose), as body-parser's own are. */
class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  readonly type = BODY_TOO_DEEP_TYPE;
  constructor(readonly maxDepth: number) {
    super(`request body nests deeper than ${maxDepth}`);
  }
}

class UnsupportedCharsetError extends Error {
  readonly status = 415;
  readonly statusCode = 415;
  readonly expose = true;
  readonly type = 'charset.unsupported';
  constructor(readonly charset: string) {
    super(`unsupported charset "${charset}"`);
  }
}

/**
 * The JSON and form body parsers with explicit limits, registered before Nest would add its
 * defaults (it skips parsers already in place). JSON depth is checked on the raw text in the
 * parser's `verify` hook, before JSON.parse and long before class-transformer, whose recursive
 * walk overflows the stack on deep input (a 500 before this). Form bodies use qs' own strict
 * depth limit, its error renamed here to the same code.
 */
export function useBodyLimits(app: NestExpressApplication, cfg: HttpConfig): void {
  const { bodyMaxBytes: limit, jsonMaxDepth: maxDepth } = cfg;
  // express.json/urlencoded directly (not app.useBodyParser): Nest's typing leaves out `verify`
  // (kept for its rawBody option) and @types/body-parser does not know qs' `depth`. Nest adds
  // no parser of its own when one named jsonParser / urlencodedParser is already in place.
  app.use(
    express.json({
      limit,
      verify: (_req: IncomingMessage, _res: ServerResponse, buf: Buffer, encoding: string) => {
        if (exceedsJsonDepth(encoding === 'utf-8' ? buf : decode(buf, encoding), maxDepth))
          throw new BodyTooDeepError(maxDepth);
      },
    }),
  );
  const formOptions: Parameters<typeof express.urlencoded>[0] & { depth: number } = {
    extended: true,
    limit,
    depth: maxDepth,
  };
  app.use(express.urlencoded(formOptions));
  app.use((err: unknown, _req: Request, _res: Response, next: NextFunction) => {
    const e = err as { type?: unknown } | null;
    next(e && e.type === 'querystring.parse.rangeError' ? new BodyTooDeepError(maxDepth) : err);
  });
}

/** JSON may come as UTF-16 (body-parser accepts any utf-* charset); UTF-32 is refused. */
function decode(buf: Buffer, encoding: string): string {
  try {
    return new TextDecoder(encoding).decode(buf);
  } catch {
    throw new UnsupportedCharsetError(encoding);
  }
}

/**
 * Requests Node's HTTP parser refuses before Express sees them (a request line and headers past
 * the 16 KB limit, e.g. a huge query string; malformed framing) get a JSON body with a code like
 * every other error, instead of Node's bare status line. The same statuses as Node's defaults.
 */
export function answerHttpParserErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // As Node itself: no answer once a response on this connection has started (it would
    // corrupt the stream for the client). `_httpMessage` is that response, Node-internal.
    const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, message]: [number, CommonErrorCode, string] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, CommonErrorCode.HEADERS_TOO_LARGE, '请求头或网址过长（合计最多 16 KB）']
        : err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
          ? [413, CommonErrorCode.PAYLOAD_TOO_LARGE, '分块扩展过长']
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, CommonErrorCode.REQUEST_TIMEOUT, '请求超时']
            : [400, CommonErrorCode.MALFORMED_REQUEST, '请求格式不正确'];
    const body = JSON.stringify({ statusCode: status, code, message });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
