import { AppError, CommonErrorCode, errorTable, fixedError, type FieldError } from '../../shared/errors/index.js';

/** Each code of this lib with its HTTP status: the one place a code is declared. */
export const StatisticsErrorCode = errorTable({
  STATS_PERIOD_INVALID: 400,
  // A region in a query string is input, not a resource path: an unknown one is a bad request.
  STATS_REGION_UNKNOWN: 400,
  STATS_REGION_FORBIDDEN: 403,
  STATS_REGION_REQUIRED: 400,
  STATS_FILTER_UNKNOWN: 400,
  STATS_EXPORT_BUSY: 429,
  STATS_REPORT_PERIOD_FUTURE: 400,
  STATS_REPORT_PDF_BUSY: 429,
  LEDGER_ENTRY_INVALID: 422,
  LEDGER_REFERENCE_UNKNOWN: 422,
  LEDGER_DUPLICATE_CERTIFICATION: 409,
  REPORTED_FIGURE_NOT_FOUND: 404,
  REPORTED_FIGURE_OUT_OF_REGION: 403,
  REPORTED_FIGURE_SELF_APPROVAL: 403,
  REPORTED_FIGURE_NOT_PENDING: 409,
  REPORTED_FIGURE_VERSION_CONFLICT: 409,
  PUBLIC_FIGURES_NOT_PUBLISHED: 404,
});

export type StatisticsErrorCode = keyof typeof StatisticsErrorCode;

export class StatsPeriodInvalidError extends AppError {
  constructor(period: string) {
    super(
      StatisticsErrorCode.STATS_PERIOD_INVALID,
      `统计期间 ${JSON.stringify(period)} 不合法：应为 2025、2025-Q3、2025-07、2025-ytd 或 2021..2025（2000–2100 年）`,
      { period },
    );
  }
}

export class StatsRegionUnknownError extends AppError {
  constructor(code: string) {
    super(StatisticsErrorCode.STATS_REGION_UNKNOWN, `行政区划代码 ${code} 不存在`, { region: code });
  }
}

export class StatsRegionForbiddenError extends AppError {
  constructor(region: string, scope: string | null) {
    super(StatisticsErrorCode.STATS_REGION_FORBIDDEN, `无权查看地区 ${region} 的统计数据`, { region, scope });
  }
}

export class StatsRegionRequiredError extends fixedError(
  StatisticsErrorCode.STATS_REGION_REQUIRED,
  '请指定地区（region）',
) {}

export class StatsFilterUnknownError extends AppError {
  constructor(field: string, value: string) {
    super(StatisticsErrorCode.STATS_FILTER_UNKNOWN, `${field} 的取值 ${value} 不存在`, { field, value });
  }
}

export class StatsReportPeriodFutureError extends AppError {
  constructor(period: string) {
    super(StatisticsErrorCode.STATS_REPORT_PERIOD_FUTURE, `${period} 尚未开始，不能生成报告`, { period });
  }
}

export class StatsReportPdfBusyError extends AppError {
  constructor(limit: number) {
    super(StatisticsErrorCode.STATS_REPORT_PDF_BUSY, `正在生成的报告 PDF 已达 ${limit} 份，请稍后再试`, { limit });
  }
}

export class StatsExportBusyError extends AppError {
  constructor(limit: number) {
    super(StatisticsErrorCode.STATS_EXPORT_BUSY, `正在进行的合同明细导出已达 ${limit} 个，请稍后再试`, { limit });
  }
}

export class LedgerEntryInvalidError extends AppError {
  constructor(index: number, problem: string) {
    super(StatisticsErrorCode.LEDGER_ENTRY_INVALID, `统计台账第 ${index + 1} 条记录不合法：${problem}`, {
      index,
      problem,
    });
  }
}

export class LedgerReferenceUnknownError extends AppError {
  constructor(detail: string) {
    super(StatisticsErrorCode.LEDGER_REFERENCE_UNKNOWN, `统计台账记录引用了不存在的代码：${detail}`, { detail });
  }
}

export class LedgerDuplicateCertificationError extends AppError {
  constructor(detail: string) {
    super(StatisticsErrorCode.LEDGER_DUPLICATE_CERTIFICATION, `合同已计入统计，不能重复认定：${detail}`, { detail });
  }
}

export class ReportedFigureInvalidError extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(CommonErrorCode.VALIDATION_FAILED, '填报数据不合法', fields);
  }
}

export class ReportedFigureNotFoundError extends AppError {
  constructor(id: string) {
    super(StatisticsErrorCode.REPORTED_FIGURE_NOT_FOUND, '填报记录不存在', { id });
  }
}

export class ReportedFigureOutOfRegionError extends AppError {
  constructor(region: string) {
    super(StatisticsErrorCode.REPORTED_FIGURE_OUT_OF_REGION, `地区 ${region} 不在本局辖区内，不能填报或审核其数据`, {
      regionCode: region,
    });
  }
}

export class ReportedFigureSelfApprovalError extends AppError {
  constructor() {
    super(
      StatisticsErrorCode.REPORTED_FIGURE_SELF_APPROVAL,
      '填报的数据须由另一位科技局工作人员审核，不能审核本人填报的数据',
    );
  }
}

export class ReportedFigureNotPendingError extends AppError {
  constructor(status: string) {
    super(StatisticsErrorCode.REPORTED_FIGURE_NOT_PENDING, '该版本不在待审核状态（已审核，或已被更新的版本取代）', {
      status,
    });
  }
}

export class ReportedFigureVersionConflictError extends AppError {
  constructor() {
    super(StatisticsErrorCode.REPORTED_FIGURE_VERSION_CONFLICT, '同一指标同一年度的数据刚被他人更新，请刷新后重试');
  }
}

/** The region does not publish its figures (or does not exist): nothing to tell the public. */
export class PublicFiguresNotPublishedError extends AppError {
  constructor(region: string) {
    super(StatisticsErrorCode.PUBLIC_FIGURES_NOT_PUBLISHED, '该地区未公开科技成果转化指标', { region });
  }
}
