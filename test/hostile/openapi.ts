/**
 * The part of an OpenAPI 3 document the hostile-input suite reads: operations, their
 * parameters and request bodies, and schemas with `$ref`, `allOf` and `oneOf` resolved.
 */
import { randomUUID } from 'node:crypto';

export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Schema }> };
  'x-policy'?: string;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

export interface Operation {
  /** `POST /api/auth/signup`, as the report and the coverage guard name it. */
  id: string;
  method: Method;
  path: string;
  params: Parameter[];
  /** The resolved JSON body schema; undefined when the operation takes none. */
  jsonBody?: Schema;
  /** The resolved multipart form schema (uploads). */
  multipart?: Schema;
  /** The policy table row the operation names (`x-policy`). */
  policy?: string;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const form = content['multipart/form-data']?.schema;
      out.push({
        id: `${method.toUpperCase()} ${path}`,
        method,
        path,
        params: op.parameters ?? [],
        jsonBody: json ? resolve(doc, json) : undefined,
        multipart: form ? resolve(doc, form) : undefined,
        policy: op['x-policy'],
      });
    }
  }
  return out;
}

/** The schema with `$ref` followed and `allOf` merged (shallowly: properties, required). */
export function resolve(doc: OpenApiDocument, schema: Schema, seen = 0): Schema {
  if (seen > 20) return {};
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    return target ? resolve(doc, target, seen + 1) : {};
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => resolve(doc, s, seen + 1));
    const merged: Schema = { ...schema, allOf: undefined, type: schema.type ?? parts.find((p) => p.type)?.type };
    for (const p of parts) {
      merged.properties = { ...merged.properties, ...p.properties };
      merged.required = [...(merged.required ?? []), ...(p.required ?? [])];
      merged.enum ??= p.enum;
      merged.example ??= p.example;
    }
    return merged;
  }
  if (schema.oneOf) return resolve(doc, schema.oneOf[0]!, seen + 1);
  return schema;
}

/** What kind of value a (resolved) schema asks for. */
export function kindOf(s: Schema): 'string' | 'number' | 'boolean' | 'array' | 'object' {
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean' || s.type === 'array' || s.type === 'string') return s.type;
  if (s.type === 'object' || s.properties) return 'object';
  return 'string';
}

/**
 * A plausible value for a schema: its example, first enum value or default, else one of the
 * right type (a fresh UUID for ids). Objects get their required properties, arrays one item, so
 * that a corrupted property is usually the only thing wrong with a body.
 */
export function sample(doc: OpenApiDocument, schema: Schema, name = '', depth = 0): unknown {
  const s = resolve(doc, schema);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (kindOf(s)) {
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'array':
      return depth > 4 || !s.items ? [] : [sample(doc, s.items, name, depth + 1)];
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const key of s.required ?? []) out[key] = sample(doc, s.properties?.[key] ?? {}, key, depth + 1);
      return out;
    }
    default:
      return s.format === 'uuid' || /id$/i.test(name) ? randomUUID() : '测试';
  }
}

/** A path parameter's plausible value, so that the other inputs are what gets checked. */
export function samplePathParam(doc: OpenApiDocument, p: Parameter): string {
  const v = sample(doc, p.schema ?? {}, p.name);
  return typeof v === 'string' && v !== '测试' ? v : randomUUID();
}
