import { normalizeText } from '../text/normalize.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` HTML-escaped with every occurrence of `terms` in <em>…</em> (longest term first, case
 * folded like the tokenizer), cut to `maxChars` around the first highlight when longer.
 */
export function highlightTerms(text: string, terms: readonly string[], maxChars = 200): string {
  const folded = normalizeText(text);
  // NFKC can change lengths (e.g. ligatures); highlight the folded text then, which reads the same.
  const source = folded.length === text.length ? text : folded;
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  let start = 0;
  if (sorted.length && source.length > maxChars) {
    const first = Math.min(...sorted.map((t) => folded.indexOf(t)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
    if (first !== Number.MAX_SAFE_INTEGER) start = Math.max(0, first - 20);
  }
  const cut = source.slice(start, start + maxChars);
  const prefix = start > 0 ? '…' : '';
  const suffix = start + maxChars < source.length ? '…' : '';
  if (!sorted.length) return prefix + escapeHtml(cut) + suffix;
  const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
  let out = '';
  let last = 0;
  for (const m of cut.matchAll(re)) {
    out += escapeHtml(cut.slice(last, m.index)) + '<em>' + escapeHtml(m[0]) + '</em>';
    last = m.index! + m[0].length;
  }
  return prefix + out + escapeHtml(cut.slice(last)) + suffix;
}
