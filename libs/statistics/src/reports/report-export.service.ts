import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../../../shared/auth/index.js';
import { pipeThroughWorker, workerScriptUrl } from '../../../shared/workers/index.js';
import { contentDisposition } from '../../../shared/http/index.js';
import { StatsReportPdfBusyError } from '../statistics.errors.js';
import type { ExportFile } from '../stats-export.service.js';
import { reportPdfDocument } from './report-pdf.js';
import type { ReportPdfJob } from './report-pdf.worker.js';
import { writeReportXlsx } from './report-xlsx.js';
import { ReportService, type ReportQuery } from './report.service.js';
import type { RegionReport } from './report.types.js';

export type ReportFormat = 'xlsx' | 'pdf';
export const REPORT_FORMATS: readonly ReportFormat[] = ['xlsx', 'pdf'];

const CONTENT_TYPE: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

// Noto Sans SC from the npm package (OFL-1.1), self-hosted: full TrueType fonts, which the worker
// subsets to the glyphs a report prints (fontsource's woff2 files are unicode-range slices).
const require = createRequire(import.meta.url);
const FONTS = {
  normal: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
};

/**
 * PDFs one api process renders at once. Each takes a worker thread and ~0.5 s of a core (see
 * libs/statistics/README.md); the machine has two cores shared with the database.
 */
const PDF_MAX_CONCURRENT = 2;

/** The reports as files: the same RegionReport the page shows, as XLSX or PDF. */
@Injectable()
export class ReportExportService {
  constructor(private readonly reports: ReportService) {}

  private pdfsRunning = 0;

  async file(principal: Principal, q: ReportQuery, format: ReportFormat): Promise<ExportFile> {
    const report = await this.reports.report(principal, q);
    const basis = q.basis === 'amended' ? '（按最新更正）' : '';
    const fileName = `${report.title}${basis}.${format}`;
    const ascii = `report-${q.kind}-${report.region.code ?? 'national'}-${report.period.code}-${q.basis}.${format}`;
    return {
      fileName,
      contentType: CONTENT_TYPE[format],
      contentDisposition: contentDisposition(fileName, ascii),
      write: (out) => (format === 'xlsx' ? writeReportXlsx(out, report) : this.writePdf(out, report)),
    };
  }

  private async writePdf(out: Writable, report: RegionReport): Promise<void> {
    if (this.pdfsRunning >= PDF_MAX_CONCURRENT) throw new StatsReportPdfBusyError(PDF_MAX_CONCURRENT);
    this.pdfsRunning += 1;
    try {
      const job: ReportPdfJob = { doc: reportPdfDocument(report), fonts: FONTS };
      await pipeThroughWorker({
        script: workerScriptUrl(import.meta.url, './report-pdf.worker.js'),
        data: job,
        out,
        resourceLimits: { maxOldGenerationSizeMb: 256 },
      });
    } finally {
      this.pdfsRunning -= 1;
    }
  }
}
