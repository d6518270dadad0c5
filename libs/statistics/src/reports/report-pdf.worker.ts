/**
 * Worker thread of the report PDF (ReportExportService): subsetting the font and laying out the
 * document take a few hundred milliseconds of CPU, which must not hold up the api's event loop.
 * See pipeThroughWorker.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { serveWorkerPipe } from '../../../shared/workers/index.js';
import { documentText, type PdfDocument } from './report-pdf.js';

export interface ReportPdfJob {
  doc: PdfDocument;
  fonts: { normal: string; bold: string };
}

// pdfmake and subset-font ship CommonJS without types: the little of them used here, typed.
interface PdfMake {
  virtualfs: { writeFileSync(name: string, data: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: object): { getStream(): Promise<Readable & { end(): void }> };
}
type SubsetFont = (font: Buffer, text: string, o: { targetFormat: 'truetype' }) => Promise<Buffer>;

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;
const subsetFont = require('subset-font') as SubsetFont;

serveWorkerPipe(async (data, out: Writable) => {
  const job = data as ReportPdfJob;
  // Only the glyphs the report prints: Noto Sans SC is 10 MB a weight; pdfkit parses what it is
  // given before it subsets again, so a subset of a few hundred glyphs parses in milliseconds.
  const text = documentText(job.doc);
  const [normal, bold] = await Promise.all(
    [job.fonts.normal, job.fonts.bold].map(async (p) =>
      subsetFont(await readFile(p), text, { targetFormat: 'truetype' }),
    ),
  );
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Regular.ttf', normal!);
  pdfmake.virtualfs.writeFileSync('NotoSansSC-Bold.ttf', bold!);
  pdfmake.setFonts({
    NotoSansSC: {
      normal: 'NotoSansSC-Regular.ttf',
      bold: 'NotoSansSC-Bold.ttf',
      italics: 'NotoSansSC-Regular.ttf',
      bolditalics: 'NotoSansSC-Bold.ttf',
    },
  });
  // The document is our own data: nothing is to be fetched from the network or the disk.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  const { footer, ...doc } = job.doc;
  const stream = await pdfmake
    .createPdf({
      ...doc,
      footer: (page: number, pages: number) => ({
        text: `${footer.before}${page}${footer.middle}${pages}${footer.after}`,
        alignment: 'center',
        fontSize: 8,
        color: '#666666',
        margin: [0, 12, 0, 0],
      }),
    })
    .getStream();
  stream.end();
  await pipeline(stream, out);
});
