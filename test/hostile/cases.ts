/**
 * Hostile requests for one operation of the OpenAPI document. Each case changes one thing of a
 * plausible request (path, query, headers and body sampled from the schema), so that what the
 * case is about is what the server sees wrong.
 *
 * `client-error`: the input is wrong whatever the data, the answer must be 4xx with a code.
 * `no-server-error`: the input may be legitimate (an injection string in free text is just
 * text), so 2xx is fine too; never 5xx, and any error answer carries a code.
 */
import { randomUUID } from 'node:crypto';
import {
  kindOf,
  resolve,
  sample,
  samplePathParam,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type Schema,
} from './openapi.js';

export type Expectation = 'client-error' | 'no-server-error';

export type CaseBody =
  | { type: 'json'; value: unknown }
  | { type: 'raw'; contentType: string; text: string }
  | { type: 'multipart'; fields: Record<string, string>; files: { field: string; name: string; content: Buffer }[] };

export interface HostileCase {
  name: string;
  /** Path with parameters filled in and encoded. */
  path: string;
  /** Encoded query string, without `?`. */
  query: string;
  headers: Record<string, string>;
  body?: CaseBody;
  expect: Expectation;
}

export const INJECTIONS = [
  "' OR '1'='1' --",
  '1); DROP TABLE app_user; --',
  '{"$gt": ""}',
  '06" OR id EXISTS OR title = "',
  '../../../../etc/passwd',
  '${7*7}{{7*7}}<script>alert(1)</script>',
];
/** Control characters, a bidi override and CR/LF; JSON bodies also get a lone surrogate. */
const CONTROL = 'a\u0000b\u0007c\u001b[2J\u202e\r\nX-Injected: 1';
const CONTROL_JSON = `${CONTROL}\ud800`;
const LONG = 'a'.repeat(50_000);
const DEEP = '['.repeat(10_000) + ']'.repeat(10_000);

/** A free-text value (no enum, format or type to break) may legitimately hold anything. */
const isFreeText = (s: Schema): boolean => kindOf(s) === 'string' && !s.enum && !s.format;

const WRONG_TYPES: Record<ReturnType<typeof kindOf>, unknown[]> = {
  string: [12345, true, {}, ['x']],
  number: ['1', true, {}, [1]],
  boolean: ['true', 1, {}, [true]],
  array: [{}, 'x', 1],
  object: ['x', 1, [], true],
};

/** `pathValues`: plausible path parameters (real resources) the cases start from. */
export function casesFor(doc: OpenApiDocument, op: Operation, pathValues: Record<string, string> = {}): HostileCase[] {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const queryParams = op.params.filter((p) => p.in === 'query');
  // Principals bring their own credentials (Authorization, X-Api-Key).
  const headerParams = op.params.filter((p) => p.in === 'header' && p.name.toLowerCase() !== 'x-api-key');
  const basePath = Object.fromEntries(
    pathParams.map((p) => [p.name, encodeURIComponent(pathValues[p.name] ?? samplePathParam(doc, p))]),
  );
  const baseQuery: [string, string][] = queryParams
    .filter((p) => p.required)
    .map((p) => [p.name, String(sample(doc, p.schema ?? {}, p.name))]);
  const baseHeaders = Object.fromEntries(headerParams.map((p) => [p.name, `hostile-${randomUUID()}`]));
  const baseBody = op.jsonBody ? sample(doc, op.jsonBody) : undefined;

  const out: HostileCase[] = [];
  const add = (
    name: string,
    expect: Expectation,
    over: {
      path?: Record<string, string>;
      query?: [string, string][];
      headers?: Record<string, string>;
      body?: CaseBody | null;
    } = {},
  ) => {
    const params = { ...basePath, ...over.path };
    const path = op.path.replace(/\{([^}]+)\}/g, (_, n: string) => params[n] ?? '');
    const body =
      over.body === null
        ? undefined
        : (over.body ?? (baseBody === undefined ? undefined : { type: 'json', value: baseBody }));
    out.push({
      name,
      path,
      query: new URLSearchParams(over.query ?? baseQuery).toString(),
      headers: { ...baseHeaders, ...over.headers },
      body,
      expect,
    });
  };

  // Every route: the body parser and the HTTP parser answer before any handler.
  add('body: JSON nested 10,000 deep', 'client-error', {
    body: { type: 'raw', contentType: 'application/json', text: DEEP },
  });
  add('body: malformed JSON', 'client-error', {
    body: { type: 'raw', contentType: 'application/json', text: '{"a":' },
  });
  add('body: JSON scalar', 'client-error', { body: { type: 'raw', contentType: 'application/json', text: '"x"' } });
  add('body: 1 MB string', 'client-error', {
    body: { type: 'json', value: { ...(isObject(baseBody) ? baseBody : {}), x: 'a'.repeat(1 << 20) } },
  });
  add('query: 64 KB past the header limit', 'client-error', { query: [...baseQuery, ['zz', 'a'.repeat(65_536)]] });

  for (const p of pathParams) {
    // Not '': an empty segment is another route (`/api/deals/` is the list).
    for (const v of [...INJECTIONS, CONTROL, LONG.slice(0, 5000)])
      add(`path ${p.name}: ${label(v)}`, 'client-error', { path: { [p.name]: encodeURIComponent(v) } });
    add(`path ${p.name}: malformed percent-encoding`, 'client-error', { path: { [p.name]: '%E0%A4%A' } });
  }

  for (const p of queryParams) addQueryCases(doc, p, baseQuery, add);
  if (queryParams.some((p) => p.required)) add('query: required parameters missing', 'client-error', { query: [] });

  for (const p of headerParams) {
    for (const v of [...INJECTIONS, LONG.slice(0, 5000), ''])
      add(`header ${p.name}: ${label(v)}`, 'no-server-error', { headers: { [p.name]: v } });
  }

  // With made-up ids in the path an empty body still answers 404; with real resources it may be valid.
  const madeUpPath = pathParams.some((p) => pathValues[p.name] === undefined);
  if (op.jsonBody) addBodyCases(doc, op.jsonBody, baseBody, madeUpPath, add);
  if (op.multipart) addMultipartCases(doc, op.multipart, add);
  return out;
}

type Add = (name: string, expect: Expectation, over?: { query?: [string, string][]; body?: CaseBody | null }) => void;

function addQueryCases(doc: OpenApiDocument, p: Parameter, baseQuery: [string, string][], add: Add): void {
  const s = resolve(doc, p.schema ?? {});
  const others = baseQuery.filter(([k]) => k !== p.name);
  const valid = String(sample(doc, s, p.name));
  const withValue = (v: string): [string, string][] => [...others, [p.name, v]];
  const kind = kindOf(s);
  const textLike = kind === 'array' ? isFreeText(resolve(doc, s.items ?? {})) : isFreeText(s);
  for (const v of [...INJECTIONS, CONTROL, LONG.slice(0, 5000)])
    add(`query ${p.name}: ${label(v)}`, textLike ? 'no-server-error' : 'client-error', { query: withValue(v) });
  if (kind === 'number')
    for (const v of ['abc', '-1', '1.5', '1e400', '99999999999999999999'])
      add(`query ${p.name}: ${v}`, 'client-error', { query: withValue(v) });
  if (kind === 'boolean')
    for (const v of ['maybe', '1']) add(`query ${p.name}: ${v}`, 'client-error', { query: withValue(v) });
  add(`query ${p.name}: object instead of a value`, 'client-error', { query: [...others, [`${p.name}[a]`, valid]] });
  if (kind === 'array') {
    add(`query ${p.name}: 1,000 values`, 'no-server-error', {
      query: [...others, ...Array.from({ length: 1000 }, (): [string, string] => [p.name, valid])],
    });
  } else {
    add(`query ${p.name}: repeated`, 'client-error', { query: [...others, [p.name, valid], [p.name, valid]] });
  }
}

function addBodyCases(doc: OpenApiDocument, schema: Schema, base: unknown, hasPathParams: boolean, add: Add): void {
  // Without required fields an empty body is valid; a made-up id in the path still makes it a 404.
  const emptyIsWrong = (schema.required?.length ?? 0) > 0 || hasPathParams;
  const baseObject = isObject(base) ? base : {};
  add('body: missing', emptyIsWrong ? 'client-error' : 'no-server-error', { body: null });
  add('body: empty object', emptyIsWrong ? 'client-error' : 'no-server-error', { body: { type: 'json', value: {} } });
  add('body: JSON sent as text/plain', emptyIsWrong ? 'client-error' : 'no-server-error', {
    body: { type: 'raw', contentType: 'text/plain', text: JSON.stringify(base) },
  });
  add('body: empty array', 'client-error', { body: { type: 'json', value: [] } });
  add('body: array of the object', 'client-error', { body: { type: 'json', value: [base] } });
  add('body: unknown property', 'client-error', { body: { type: 'json', value: { ...baseObject, zzUnknown: 1 } } });
  const proto = `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}${Object.keys(baseObject).length ? ',' : ''}${JSON.stringify(baseObject).slice(1)}`;
  // Nest drops these keys before validation (they never reach a prototype), so the rest may be valid.
  add('body: __proto__ and constructor keys', 'no-server-error', {
    body: { type: 'raw', contentType: 'application/json', text: proto },
  });

  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const s = resolve(doc, raw);
    const required = schema.required?.includes(name) ?? false;
    const withProp = (v: unknown): { body: CaseBody } => ({
      body: { type: 'json', value: { ...baseObject, [name]: v } },
    });
    const kind = kindOf(s);
    for (const v of WRONG_TYPES[kind])
      add(`body ${name}: ${kind} given as ${JSON.stringify(v)}`, 'client-error', withProp(v));
    add(`body ${name}: null`, required ? 'client-error' : 'no-server-error', withProp(null));
    if (kind === 'number') {
      const min =
        typeof (s as { minimum?: number }).minimum === 'number' ? (s as { minimum: number }).minimum : undefined;
      const max =
        typeof (s as { maximum?: number }).maximum === 'number' ? (s as { maximum: number }).maximum : undefined;
      for (const v of [-1, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, 1.5]) {
        const outOfRange = (min !== undefined && v < min) || (max !== undefined && v > max);
        add(`body ${name}: number ${v}`, outOfRange ? 'client-error' : 'no-server-error', withProp(v));
      }
    }
    if (kind === 'array') {
      const item = resolve(doc, s.items ?? {});
      add(`body ${name}: nested array items`, 'client-error', withProp([[sample(doc, item)]]));
      add(
        `body ${name}: 10,000 items`,
        'no-server-error',
        withProp(Array.from({ length: 10_000 }, () => sample(doc, item))),
      );
    }
    for (const [probe, v] of stringProbes(doc, s, `body ${name}`))
      add(probe, v.free ? 'no-server-error' : 'client-error', withProp(v.value));
  }
}

/** Injection, control-character and long strings for a string property, or for the string properties of a nested object. */
function stringProbes(
  doc: OpenApiDocument,
  s: Schema,
  prefix: string,
  depth = 0,
): [string, { value: unknown; free: boolean }][] {
  const out: [string, { value: unknown; free: boolean }][] = [];
  if (kindOf(s) === 'string') {
    for (const v of [...INJECTIONS, CONTROL_JSON, LONG])
      out.push([`${prefix}: ${label(v)}`, { value: v, free: isFreeText(s) }]);
  } else if (kindOf(s) === 'object' && depth < 2) {
    const base = sample(doc, s) as Record<string, unknown>;
    for (const [name, raw] of Object.entries(s.properties ?? {})) {
      for (const [l, v] of stringProbes(doc, resolve(doc, raw), `${prefix}.${name}`, depth + 1))
        out.push([l, { value: { ...base, [name]: v.value }, free: v.free }]);
    }
  }
  return out;
}

function addMultipartCases(doc: OpenApiDocument, schema: Schema, add: Add): void {
  const fields = Object.fromEntries(
    Object.entries(schema.properties ?? {})
      .filter(([, p]) => p.format !== 'binary')
      .map(([k, p]) => [k, String(sample(doc, p, k))]),
  );
  const fileField = Object.entries(schema.properties ?? {}).find(([, p]) => p.format === 'binary')?.[0] ?? 'file';
  const csv = { field: fileField, name: 'rows.csv', content: Buffer.from('标题,描述\n测试,测试\n') };
  const multipart = (
    f: Record<string, string>,
    files: { field: string; name: string; content: Buffer }[],
  ): { body: CaseBody } => ({ body: { type: 'multipart', fields: f, files } });
  add('multipart: no file', 'client-error', multipart(fields, []));
  add('multipart: no fields', 'client-error', multipart({}, [csv]));
  add('multipart: two files', 'client-error', multipart(fields, [csv, { ...csv, name: 'b.csv' }]));
  add('multipart: file under another field name', 'client-error', multipart(fields, [{ ...csv, field: 'other' }]));
  add(
    'multipart: binary garbage named .xlsx',
    'no-server-error',
    multipart(fields, [
      { field: fileField, name: 'x.xlsx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0x13, 0x37]) },
    ]),
  );
  add('multipart: broken framing', 'client-error', {
    body: {
      type: 'raw',
      contentType: 'multipart/form-data; boundary=zzz',
      text: '--zzz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nneeds',
    },
  });
  add('multipart: JSON instead', 'client-error', { body: { type: 'json', value: fields } });
  for (const name of Object.keys(fields)) {
    for (const v of [...INJECTIONS, CONTROL, LONG])
      add(`multipart ${name}: ${label(v)}`, 'client-error', multipart({ ...fields, [name]: v }, [csv]));
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short readable name for a probe value. */
function label(v: string): string {
  if (v === '') return 'empty string';
  if (v.length > 100) return `${v.length.toLocaleString('en')}-character string`;
  if (v.includes('\u0000')) return 'control characters';
  return JSON.stringify(v);
}
