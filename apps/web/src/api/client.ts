import { idempotencyKey } from '../format';
import { errorMessage } from './error-messages';
import type { components } from './schema';

export interface FieldError {
  field: string;
  messages: string[];
}

/** An API failure in words: `message` is ready to show; `fieldErrors` belong next to form fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export type TokenPair = components['schemas']['TokenPairDto'];

const SESSION_KEY = 'techmarket.session';
type Listener = () => void;
const listeners = new Set<Listener>();

export const session = {
  get(): TokenPair | null {
    try {
      const raw = localStorage.getItem(SESSION_KEY);
      return raw ? (JSON.parse(raw) as TokenPair) : null;
    } catch {
      return null;
    }
  },
  set(tokens: TokenPair | null): void {
    if (tokens) localStorage.setItem(SESSION_KEY, JSON.stringify(tokens));
    else localStorage.removeItem(SESSION_KEY);
    listeners.forEach((l) => l());
  },
  subscribe(l: Listener): () => void {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  /** Do not send the access token (login, sign-up). */
  anonymous?: boolean;
  signal?: AbortSignal;
  /** A create: send one Idempotency-Key, the same on the retry after a token refresh, so it is made once. */
  idempotent?: boolean;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) params.set(k, v.join(','));
    } else params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; details?: unknown; requestId?: string } = {};
  try {
    body = (await res.json()) as typeof body;
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  const fieldErrors = Array.isArray(body.details)
    ? (body.details as FieldError[]).filter((d) => d && typeof d.field === 'string')
    : [];
  const code = body.code ?? `HTTP_${res.status}`;
  return new ApiError(res.status, code, errorMessage(body.code, body.message, res.status), fieldErrors, body.requestId);
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time, however many requests found the access token expired. */
function refreshSession(): Promise<boolean> {
  const current = session.get();
  if (!current) return Promise.resolve(false);
  refreshing ??= fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ refreshToken: current.refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) {
        session.set(null);
        return false;
      }
      session.set((await res.json()) as TokenPair);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

async function send(path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  // a file upload: the browser writes the multipart boundary into Content-Type itself
  const form = opts.body instanceof FormData;
  if (opts.body !== undefined && !form) headers['Content-Type'] = 'application/json';
  const tokens = opts.anonymous ? null : session.get();
  if (tokens) headers.Authorization = `Bearer ${tokens.accessToken}`;
  try {
    return await fetch(buildUrl(path, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : form ? (opts.body as FormData) : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK_ERROR', errorMessage(undefined, undefined, 0));
  }
}

/** Calls the API; throws ApiError with a Chinese message. An expired access token is refreshed once. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const opts = options.idempotent
    ? { ...options, headers: { 'Idempotency-Key': idempotencyKey(), ...options.headers } }
    : options;
  let res = await send(path, opts);
  if (res.status === 401 && !opts.anonymous && session.get() && (await refreshSession())) res = await send(path, opts);
  if (!res.ok) throw await toApiError(res);
  if (res.status === 204) return undefined as T;
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('json') ? await res.json() : await res.text()) as T;
}

/** Downloads a file the API produces (XLSX/CSV exports) with the caller's token. */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  let res = await send(path, { query, headers: { Accept: '*/*' } });
  if (res.status === 401 && session.get() && (await refreshSession()))
    res = await send(path, { query, headers: { Accept: '*/*' } });
  if (!res.ok) throw await toApiError(res);
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]!) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
