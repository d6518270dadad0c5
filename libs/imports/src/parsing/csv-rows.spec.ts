import { csvRows } from './csv-rows.js';
import { detectEncoding } from './encoding.js';

async function collect(chunks: (Uint8Array | string)[], enc: 'utf-8' | 'gb18030' = 'utf-8'): Promise<string[][]> {
  const out: string[][] = [];
  async function* gen() {
    for (const c of chunks) yield c;
  }
  for await (const r of csvRows(gen(), enc)) out.push(r);
  return out;
}

const gb = (s: string) => {
  // GB18030 bytes of a few known characters, so the test needs no encoder.
  const table: Record<string, number[]> = { 成: [0xb3, 0xc9], 果: [0xb9, 0xfb], 名: [0xc3, 0xfb], 称: [0xb3, 0xc6] };
  return Uint8Array.from([...s].flatMap((ch) => table[ch] ?? [ch.charCodeAt(0)]));
};

describe('csvRows', () => {
  it('parses quoted fields with separators, doubled quotes and line breaks, CRLF and a BOM', async () => {
    const text = '\uFEFF成果名称,简介\r\n"一种, 方法","他说""好""\n第二行"\r\n末行,无换行';
    expect(await collect([Buffer.from(text, 'utf8')])).toEqual([
      ['成果名称', '简介'],
      ['一种, 方法', '他说"好"\n第二行'],
      ['末行', '无换行'],
    ]);
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('名称\n成果', 'utf8');
    const rows = await collect([bytes.subarray(0, 2), bytes.subarray(2, 7), bytes.subarray(7)]);
    expect(rows).toEqual([['名称'], ['成果']]);
  });

  it('decodes GB18030', async () => {
    expect(await collect([gb('成果,名称\n')], 'gb18030')).toEqual([['成果', '名称']]);
  });

  it('fails the job with ENCODING_ERROR when bytes are not valid in the encoding', async () => {
    await expect(collect([Uint8Array.from([0x61, 0xff, 0xfe, 0x0a])])).rejects.toMatchObject({ code: 'ENCODING_ERROR' });
  });
});

describe('detectEncoding', () => {
  it('prefers UTF-8 (with or without BOM), falls back to GB18030, refuses binary', () => {
    expect(detectEncoding(Buffer.from('\uFEFF成果', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('成果', 'utf8').subarray(0, 4))).toBe('utf-8'); // cut inside a character
    expect(detectEncoding(gb('成果名称'))).toBe('gb18030');
    expect(detectEncoding(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBeUndefined();
  });
});
