import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * Builders of small hostile spreadsheets for the import limit tests and `bench:import-limits`:
 * they stream repeated text through deflate, so a file of a few hundred KB can hold a
 * 150 M-character cell or millions of shared strings, as in the security probe of issue 14.
 * Hand-written (a ZIP container is 40 lines) because the parts are generated while they are
 * deflated and a zip library would want them in memory or as files first.
 */
export type PartSource = () => Iterable<string>;

interface Deflated {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

async function deflate(name: string, source: PartSource): Promise<Deflated> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => z.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const text of source()) {
    const bytes = Buffer.from(text, 'utf8');
    crc = crc32(bytes, crc);
    size += bytes.length;
    if (!z.write(bytes)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { name: Buffer.from(name, 'utf8'), crc, size, data: Buffer.concat(out) };
}

/** A ZIP of deflated parts (no ZIP64: parts stay under 4 GiB). */
export async function zipOf(parts: Record<string, PartSource | string>): Promise<Buffer> {
  const files: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, src] of Object.entries(parts)) {
    const p = await deflate(name, typeof src === 'string' ? () => [src] : src);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(p.name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(p.crc >>> 0, 16);
    cd.writeUInt32LE(p.data.length, 20);
    cd.writeUInt32LE(p.size, 24);
    cd.writeUInt16LE(p.name.length, 28);
    cd.writeUInt32LE(offset, 42);
    files.push(local, p.name, p.data);
    central.push(cd, p.name);
    offset += local.length + p.name.length + p.data.length;
  }
  const cdBytes = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(central.length / 2, 8);
  eocd.writeUInt16LE(central.length / 2, 10);
  eocd.writeUInt32LE(cdBytes.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...files, cdBytes, eocd]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around its first (only) worksheet. */
function skeleton(withSharedStrings: boolean): Record<string, string> {
  return {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (withSharedStrings
        ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        : '') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (withSharedStrings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '') +
      '</Relationships>',
  };
}

function* repeat(text: string, times: number, perChunk = 1 << 20): Generator<string> {
  const chunk = text.repeat(Math.max(1, Math.floor(perChunk / text.length)));
  const each = chunk.length / text.length;
  let left = times;
  for (; left >= each; left -= each) yield chunk;
  if (left > 0) yield text.repeat(left);
}

/** The probe's first file: one inline-string cell of `chars` repeated characters (150 M → ~150 KB deflated). */
export function inlineStringBombXlsx(chars: number, ch = 'A'): Promise<Buffer> {
  return zipOf({
    ...skeleton(false),
    'xl/worksheets/sheet1.xml': function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`;
      yield* repeat(ch, chars);
      yield '</t></is></c></row></sheetData></worksheet>';
    },
  });
}

/**
 * The probe's second file: `count` shared strings, used by a one-row sheet. Each is `text` in a
 * rich-text run by default (`<r><t>…</t></r>`, as Excel writes a cell with mixed fonts), which
 * costs a reader that keeps run objects far more than the characters; `plain` writes `<t>` only.
 */
export function sharedStringsXlsx(count: number, text = 'a', plain = false): Promise<Buffer> {
  const item = plain ? `<si><t>${text}</t></si>` : `<si><r><t>${text}</t></r></si>`;
  return zipOf({
    ...skeleton(true),
    'xl/sharedStrings.xml': function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${count}" uniqueCount="${count}">`;
      yield* repeat(item, count);
      yield '</sst>';
    },
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
  });
}

/** A first worksheet from raw `<sheetData>` content (rows as SpreadsheetML), streamed. */
export function sheetXlsx(sheetData: PartSource, extra: Record<string, string> = {}): Promise<Buffer> {
  return zipOf({
    ...skeleton('xl/sharedStrings.xml' in extra),
    ...extra,
    'xl/worksheets/sheet1.xml': function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
      yield* sheetData();
      yield '</sheetData></worksheet>';
    },
  });
}
