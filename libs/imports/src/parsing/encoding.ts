import type { TextEncoding } from '../import.types.js';

/**
 * The encoding of a CSV from its first bytes: UTF-8 (with or without BOM) when they decode as
 * UTF-8, else GB18030 (what Excel on a Chinese Windows writes) when they decode as that;
 * undefined when they are neither, or hold NUL bytes (binary files are not text).
 * `sample` may end inside a character: streaming decoding tolerates a cut-off tail.
 */
export function detectEncoding(sample: Uint8Array): TextEncoding | undefined {
  if (sample.includes(0)) return undefined;
  if (decodes('utf-8', sample)) return 'utf-8';
  if (decodes('gb18030', sample)) return 'gb18030';
  return undefined;
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
