import type { SearchFilter } from './search-index.port.js';

const ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Quotes a value for Meilisearch filter syntax: the only escapes inside "…" are \" and \\. */
export function quoteFilterValue(value: string | number | boolean): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('filter number must be finite');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function attr(name: string, allowed: ReadonlySet<string>): string {
  if (!ATTRIBUTE.test(name) || !allowed.has(name)) throw new Error(`attribute ${name} is not filterable`);
  return name;
}

/**
 * Compiles a structured filter into Meilisearch syntax. Attributes must be in the index's
 * filterable whitelist and every value is quoted, so user text can never become syntax.
 */
export function compileFilter(filter: SearchFilter, allowed: ReadonlySet<string>): string {
  if ('and' in filter) {
    const parts = filter.and.map((f) => compileFilter(f, allowed)).filter(Boolean);
    return parts.length ? `(${parts.join(' AND ')})` : '';
  }
  if ('or' in filter) {
    const parts = filter.or.map((f) => compileFilter(f, allowed)).filter(Boolean);
    return parts.length ? `(${parts.join(' OR ')})` : '';
  }
  if ('eq' in filter) return `${attr(filter.eq[0], allowed)} = ${quoteFilterValue(filter.eq[1])}`;
  if ('in' in filter) {
    const [a, values] = filter.in;
    if (values.length === 0) return `${attr(a, allowed)} IN []`;
    return `${attr(a, allowed)} IN [${values.map(quoteFilterValue).join(', ')}]`;
  }
  if ('range' in filter) {
    const [a, b] = filter.range;
    const parts: string[] = [];
    if (b.gte !== undefined) parts.push(`${attr(a, allowed)} >= ${quoteFilterValue(b.gte)}`);
    if (b.lte !== undefined) parts.push(`${attr(a, allowed)} <= ${quoteFilterValue(b.lte)}`);
    return parts.length ? `(${parts.join(' AND ')})` : '';
  }
  return `${attr(filter.exists, allowed)} EXISTS`;
}
