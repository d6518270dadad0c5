const TERMINATORS = new Set(['。', '！', '？', '；', '!', '?', ';']);
const DIGIT = /[0-9]/;

/**
 * Sentences of an abstract as protocol "split-abstract" defines them: a sentence ends after
 * one of 。！？；!?; or after a `.` that is not between two digits. Text after the last
 * terminator is a final sentence; a "sentence" of whitespace alone belongs to the sentence
 * before it (leading whitespace to the first one). Concatenating the sentences gives the text back.
 */
export function splitSentences(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const ends =
      TERMINATORS.has(c) ||
      (c === '.' && !(i > 0 && i + 1 < chars.length && DIGIT.test(chars[i - 1]) && DIGIT.test(chars[i + 1])));
    if (ends) {
      out.push(chars.slice(start, i + 1).join(''));
      start = i + 1;
    }
  }
  if (start < chars.length) out.push(chars.slice(start).join(''));
  const merged: string[] = [];
  let lead = '';
  for (const s of out) {
    if (s.trim()) {
      merged.push(lead + s);
      lead = '';
    } else if (merged.length) merged[merged.length - 1] += s;
    else lead += s;
  }
  if (lead) merged.push(lead);
  return merged;
}

export interface AbstractHalves {
  first: string;
  second: string;
}

const length = (s: string) => [...s].length;

/**
 * Protocol "split-abstract", step 1: sentences from the start until their total length
 * reaches at least half of the abstract's length form the first half, the rest the second.
 * When that leaves the second half empty, the last sentence alone is the second half; a
 * single sentence is cut at its middle character. Both halves are trimmed, and neither is ever
 * empty or whitespace alone (an abstract of fewer than two visible characters is both halves).
 */
export function splitAbstract(abstract: string): AbstractHalves {
  const text = abstract.trim();
  const sentences = splitSentences(text);
  if (sentences.length <= 1) {
    const chars = [...text];
    if (chars.length < 2) return { first: text, second: text };
    // text is trimmed: its first and last characters are visible, so both halves are too
    const mid = Math.floor(chars.length / 2);
    return { first: chars.slice(0, mid).join('').trim(), second: chars.slice(mid).join('').trim() };
  }
  const total = length(text);
  let taken = 0;
  let n = 0;
  while (n < sentences.length && taken * 2 < total) taken += length(sentences[n++]!);
  if (n >= sentences.length) n = sentences.length - 1;
  return { first: sentences.slice(0, n).join('').trim(), second: sentences.slice(n).join('').trim() };
}
