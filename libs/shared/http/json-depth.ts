const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether raw JSON text nests arrays and objects deeper than `maxDepth` (the outermost counts
 * as 1), found by one pass over the text before it is parsed: brackets inside strings do not
 * count. A loop, not a recursive walk, so a 20,000-level body costs one scan and no stack.
 * Malformed text is left to the parser (unbalanced brackets only ever count lower here).
 * Takes UTF-8 bytes (no multi-byte sequence contains an ASCII byte) or decoded text.
 */
export function exceedsJsonDepth(text: Uint8Array | string, maxDepth: number): boolean {
  const bytes = typeof text !== 'string';
  const length = text.length;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < length; i++) {
    const c = bytes ? (text as Uint8Array)[i]! : (text as string).charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      if (++depth > maxDepth) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      depth--;
    }
  }
  return false;
}
