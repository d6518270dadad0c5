import { normalizeText } from '../text/normalize.js';

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text folded as the tokenizer folds it (NFKC, lower case), a character at a time, with the
 * place in the original text each folded character came from: ℃ folds to "°c", Ⅳ to "iv", so a
 * term is found in the folded text and shown on the original one.
 */
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // ASCII folds to itself lower-cased and common CJK ideographs to themselves: no NFKC call for them
    const f = c < 0x80 ? ch.toLowerCase() : c >= 0x4e00 && c <= 0x9fff ? ch : normalizeText(ch);
    folded += f;
    for (let k = 0; k < f.length; k += 1) origin.push(i);
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * `text` HTML-escaped with every occurrence of `terms` in <em>…</em> (longest term first, found
 * case- and width-folded like the tokenizer, shown as the author wrote it), cut to `maxChars`
 * around the first highlight when longer.
 */
export function highlightTerms(text: string, terms: readonly string[], maxChars = 200): string {
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  const { folded, origin } = foldWithOrigins(text);
  const marks: [number, number][] = [];
  if (sorted.length) {
    const re = new RegExp(sorted.map(escapeRegExp).join('|'), 'giu');
    for (const m of folded.matchAll(re)) {
      const from = origin[m.index]!;
      // the end of the original character the match's last folded character came from
      const last = origin[m.index + m[0].length - 1]!;
      const to = last + (text.codePointAt(last)! > 0xffff ? 2 : 1);
      if (marks.length && from < marks[marks.length - 1]![1]) continue;
      marks.push([from, to]);
    }
  }
  let start = 0;
  if (marks.length && text.length > maxChars) start = Math.max(0, marks[0]![0] - 20);
  const end = Math.min(text.length, start + maxChars);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  let out = '';
  let at = start;
  for (const [from, to] of marks) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    out += escapeHtml(text.slice(at, a)) + '<em>' + escapeHtml(text.slice(a, b)) + '</em>';
    at = b;
  }
  return prefix + out + escapeHtml(text.slice(at, end)) + suffix;
}
