/**
 * Folds the variants that should never make two texts differ: full-width Latin letters,
 * digits and punctuation (NFKC), and letter case. Chinese characters are left as they are.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const CJK_ONLY = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function isCjkOnly(token: string): boolean {
  return CJK_ONLY.test(token);
}

/** A token that carries meaning at all: contains a letter or a digit (not only punctuation). */
export function isWordlike(token: string): boolean {
  return WORDLIKE.test(token);
}

/** Runs of consecutive CJK characters, for the character n-gram backoff. */
export function cjkRuns(text: string): string[] {
  return text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g) ?? [];
}
