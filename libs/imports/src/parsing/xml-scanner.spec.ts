import { MAX_TAG_CHARS, XmlScanner } from './xml-scanner.js';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

/** Events of a document written in the given chunks; adjacent text pieces joined. */
function scan(chunks: string[]): { events: Event[]; longestPiece: number } {
  const events: Event[] = [];
  let longestPiece = 0;
  const s = new XmlScanner({
    open: (name, attrs) => events.push(['open', name, attrs]),
    close: (name) => events.push(['close', name]),
    text: (piece) => {
      longestPiece = Math.max(longestPiece, piece.length);
      const last = events[events.length - 1];
      if (last?.[0] === 'text') last[1] += piece;
      else events.push(['text', piece]);
    },
  });
  for (const c of chunks) s.write(c);
  s.end();
  return { events: events.filter((e) => e[0] !== 'text' || e[1] !== ''), longestPiece };
}

/** Every way of cutting a document in two must give the same events. */
function everyCut(doc: string): Event[] {
  const whole = scan([doc]).events;
  for (let i = 1; i < doc.length; i++) expect(scan([doc.slice(0, i), doc.slice(i)]).events).toEqual(whole);
  return whole;
}

describe('XmlScanner', () => {
  it('reports elements without prefixes, attributes and decoded text, however the input is cut', () => {
    const doc = `<?xml version="1.0"?><x:row r="2" a='x&gt;y' b="1>2"><c r="A2" t="inlineStr"><is><t>A&amp;B &lt;&#x4E2D;&#25991;&gt;</t></is></c><c/></x:row>`;
    expect(everyCut(doc)).toEqual([
      ['open', 'row', { r: '2', a: 'x>y', b: '1>2' }],
      ['open', 'c', { r: 'A2', t: 'inlineStr' }],
      ['open', 'is', {}],
      ['open', 't', {}],
      ['text', 'A&B <中文>'],
      ['close', 't'],
      ['close', 'is'],
      ['close', 'c'],
      ['open', 'c', {}],
      ['close', 'c'],
      ['close', 'row'],
    ]);
  });

  it('passes CDATA through as text and skips comments and processing instructions, even with > inside', () => {
    const doc = '<v><!-- a > b --><![CDATA[1 < 2 & 3]]><?pi x > y?>z</v>';
    expect(everyCut(doc)).toEqual([
      ['open', 'v', {}],
      ['text', '1 < 2 & 3z'],
      ['close', 'v'],
    ]);
  });

  it('hands a long text over in pieces no longer than a chunk (the caller caps what it keeps)', () => {
    const chunks = ['<t>', ...Array.from({ length: 100 }, () => 'x'.repeat(1000)), '</t>'];
    const { events, longestPiece } = scan(chunks);
    expect(events[1]).toEqual(['text', 'x'.repeat(100_000)]);
    expect(longestPiece).toBeLessThanOrEqual(1000);
  });

  it('refuses a DOCTYPE, a tag longer than the tag limit and a document that stops inside a tag', () => {
    expect(() => scan(['<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'])).toThrow(
      expect.objectContaining({ code: 'FILE_UNREADABLE', message: expect.stringContaining('DOCTYPE') }),
    );
    const longTag = ['<c r="', ...Array.from({ length: 70 }, () => 'A'.repeat(1024))];
    expect(() => scan(longTag)).toThrow(
      expect.objectContaining({ code: 'FILE_UNREADABLE', message: expect.stringContaining(String(MAX_TAG_CHARS)) }),
    );
    expect(() => scan(['<row><c r="A1"'])).toThrow(expect.objectContaining({ code: 'FILE_UNREADABLE' }));
  });
});
