import { ImportJobErrorCode, ImportJobFailure } from '../imports.errors.js';

export type XmlAttrs = Record<string, string>;

/** What a SpreadsheetML reader hears: element names without their prefix (`x:row` → `row`). */
export interface XmlEvents {
  open(name: string, attrs: XmlAttrs): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA as is) in pieces of at most one input chunk. */
  text(piece: string): void;
}

/** No tag a spreadsheet writer produces comes near this; a longer one is an attack or garbage. */
export const MAX_TAG_CHARS = 65_536;

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decode(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (whole, e: string) => {
    if (e[0] !== '#') return NAMED[e]!;
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}

const malformed = (what: string) =>
  new ImportJobFailure(ImportJobErrorCode.FILE_UNREADABLE, `Excel 文件的 XML 内容无效：${what}`);

type Mode = 'text' | 'comment' | 'cdata' | 'pi';
const END_MARK: Record<Exclude<Mode, 'text'>, string> = { comment: '-->', cdata: ']]>', pi: '?>' };

/**
 * A streaming scanner for the XML of an XLSX part that never holds more than one input chunk
 * plus one tag: text reaches the caller in pieces, so the caller caps what it keeps (a
 * 150 M-character cell is refused at the cap, never built). General XML parsers (saxes, sax)
 * gather a whole text node, attribute or comment before they report it, and have no cap.
 * A DOCTYPE is refused (entity expansion has no place in SpreadsheetML); comments and
 * processing instructions are skipped without being kept.
 */
export class XmlScanner {
  /** An unfinished tag or entity, or the tail that may start a comment/CDATA end mark. */
  private rest = '';
  private mode: Mode = 'text';

  constructor(private readonly on: XmlEvents) {}

  write(chunk: string): void {
    const s = this.rest + chunk;
    this.rest = '';
    const n = s.length;
    let i = 0;
    while (i < n) {
      if (this.mode !== 'text') {
        const mark = END_MARK[this.mode];
        const j = s.indexOf(mark, i);
        if (j < 0) {
          const keep = Math.max(i, n - mark.length + 1);
          if (this.mode === 'cdata' && keep > i) this.on.text(s.slice(i, keep));
          this.rest = s.slice(keep);
          return;
        }
        if (this.mode === 'cdata' && j > i) this.on.text(s.slice(i, j));
        i = j + mark.length;
        this.mode = 'text';
        continue;
      }
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        this.tailText(s, i);
        return;
      }
      if (lt > i) this.on.text(decode(s.slice(i, lt)));
      i = lt;
      if (n - i < 9 && s[i + 1] === '!') {
        this.rest = s.slice(i); // `<!--` or `<![CDATA[` may be cut
        return;
      }
      if (s.startsWith('<!--', i)) {
        this.mode = 'comment';
        i += 4;
      } else if (s.startsWith('<![CDATA[', i)) {
        this.mode = 'cdata';
        i += 9;
      } else if (s[i + 1] === '!') {
        throw malformed('不允许 DOCTYPE 或实体声明');
      } else if (s[i + 1] === '?') {
        this.mode = 'pi';
        i += 2;
      } else {
        const gt = tagEnd(s, i + 1);
        if (gt < 0) {
          if (n - i > MAX_TAG_CHARS) throw malformed(`标签超过 ${MAX_TAG_CHARS} 个字符`);
          this.rest = s.slice(i);
          return;
        }
        if (gt - i > MAX_TAG_CHARS) throw malformed(`标签超过 ${MAX_TAG_CHARS} 个字符`);
        this.tag(s.slice(i + 1, gt));
        i = gt + 1;
      }
    }
  }

  end(): void {
    if (this.mode !== 'text' || this.rest.startsWith('<')) throw malformed('内容不完整');
    if (this.rest) this.on.text(decode(this.rest));
    this.rest = '';
  }

  /** Text up to the end of the chunk; an entity cut by the chunk's end waits for the next one. */
  private tailText(s: string, from: number): void {
    const amp = s.lastIndexOf('&');
    const cut = amp >= from && s.length - amp <= 12 && !s.includes(';', amp) ? amp : s.length;
    if (cut > from) this.on.text(decode(s.slice(from, cut)));
    this.rest = s.slice(cut);
  }

  private tag(body: string): void {
    if (body[0] === '/') {
      this.on.close(localName(body.slice(1).trim()));
      return;
    }
    const selfClosing = body.endsWith('/');
    if (selfClosing) body = body.slice(0, -1);
    const nameEnd = body.search(/[\s]/);
    const name = localName(nameEnd < 0 ? body : body.slice(0, nameEnd));
    const attrs: XmlAttrs = {};
    if (nameEnd >= 0) {
      for (const m of body.slice(nameEnd).matchAll(ATTR)) attrs[m[1]!] = decode(m[2] ?? m[3] ?? '');
    }
    this.on.open(name, attrs);
    if (selfClosing) this.on.close(name);
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The `>` closing a tag that starts at `from`; a `>` inside a quoted attribute value does not count. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return k;
  }
  return -1;
}
