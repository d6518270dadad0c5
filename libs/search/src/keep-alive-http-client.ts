import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';

/**
 * The transport for the Meilisearch client: node:http with a keep-alive agent. Measured on a
 * multi-search of ~18 queries (matching's candidate step) the client's default `fetch` took
 * 45–70 ms while the server answered in 1 ms; the same requests over a kept-alive node:http
 * socket took 10–16 ms. Errors are raised as the client's own error classes so callers can
 * keep checking `MeilisearchApiError` and its `cause.code`.
 */
export function keepAliveHttpClient(): (input: RequestInfo | URL, init?: RequestInit) => Promise<unknown> {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
  };
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      const lib = url.protocol === 'https:' ? https : http;
      const headers = Object.fromEntries(new Headers(init?.headers).entries());
      const body = typeof init?.body === 'string' ? init.body : undefined;
      if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
      const req = lib.request(url, { method: init?.method ?? 'GET', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (err) => reject(new MeilisearchRequestError(url.toString(), err)));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (err) {
            reject(new MeilisearchRequestError(url.toString(), err));
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve(parsed);
          else
            reject(
              new MeilisearchApiError(
                new Response(null, { status, statusText: res.statusMessage ?? '' }),
                parsed as never,
              ),
            );
        });
      });
      const signal = init?.signal;
      if (signal) {
        if (signal.aborted) req.destroy(signal.reason as Error);
        else {
          // A signal may span many requests (task polling): drop our listener when done.
          const onAbort = () => req.destroy(signal.reason as Error);
          signal.addEventListener('abort', onAbort, { once: true });
          req.once('close', () => signal.removeEventListener('abort', onAbort));
        }
      }
      req.on('error', (err) => reject(new MeilisearchRequestError(url.toString(), err)));
      if (body !== undefined) req.write(body);
      req.end();
    });
}
