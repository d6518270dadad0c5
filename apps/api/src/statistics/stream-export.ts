import type { Response } from 'express';
import type { ExportFile } from '../../../../libs/statistics/src/index.js';

/** Streams an export file; an error before the first byte becomes the usual coded JSON answer. */
export async function streamExport(res: Response, file: ExportFile): Promise<void> {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', file.contentDisposition);
  res.setHeader('Cache-Control', 'no-store');
  try {
    await file.write(res);
  } catch (err) {
    // Before any byte: an error body (JSON, not an attachment) follows from the exception filter.
    if (!res.headersSent) {
      for (const h of ['Content-Type', 'Content-Disposition', 'Cache-Control']) res.removeHeader(h);
      throw err;
    }
    // Once bytes are out no error body can follow: cut the connection so the client sees a
    // broken download instead of a truncated file that looks complete.
    res.destroy(err instanceof Error ? err : undefined);
  }
}
