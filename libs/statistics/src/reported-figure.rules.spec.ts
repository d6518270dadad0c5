import { INDICATORS } from './indicator-catalogue.js';
import { attachmentBytes, reportedFigureProblems, type ReportedFigureInput } from './reported-figure.rules.js';

const input = (over: Partial<ReportedFigureInput> = {}): ReportedFigureInput => ({
  regionCode: '340600',
  indicatorCode: 'soe_rd_intensity',
  year: 2025,
  value: '3.6',
  unit: 'percent',
  sourceDocument: '淮北市2025年国有企业经营情况统计',
  sourceDepartment: '市国资委',
  ...over,
});
const ctx = { def: INDICATORS.soe_rd_intensity, currentYear: 2026, hasApproved: false };
const fields = (p: { field: string }[]) => p.map((x) => x.field).sort();

describe('reported figure rules', () => {
  it('accepts a complete entry', () => {
    expect(reportedFigureProblems(input(), ctx)).toEqual([]);
  });

  it('refuses a unit other than the indicator’s, a future year and an indicator the platform computes', () => {
    expect(fields(reportedFigureProblems(input({ unit: 'count', year: 2027 }), ctx))).toEqual(['unit', 'year']);
    const ledger = { ...ctx, def: INDICATORS.tech_contract_amount };
    expect(fields(reportedFigureProblems(input({ unit: 'yuan' }), ledger))).toEqual(['indicatorCode']);
    expect(fields(reportedFigureProblems(input(), { ...ctx, def: undefined }))).toEqual(['indicatorCode']);
  });

  it('refuses negative or fractional counts and negative amounts; a growth rate may be negative', () => {
    const count = { ...ctx, def: INDICATORS.sci_tech_assistants };
    expect(fields(reportedFigureProblems(input({ unit: 'count', value: '-1' }), count))).toEqual(['value']);
    expect(fields(reportedFigureProblems(input({ unit: 'count', value: '12.50' }), count))).toEqual(['value']);
    expect(reportedFigureProblems(input({ unit: 'count', value: '12.00' }), count)).toEqual([]);
    const money = { ...ctx, def: INDICATORS.investment_attracted };
    expect(fields(reportedFigureProblems(input({ unit: 'yuan', value: '-0.01' }), money))).toEqual(['value']);
    const growth = { ...ctx, def: INDICATORS.rd_expenditure_growth };
    expect(reportedFigureProblems(input({ indicatorCode: 'rd_expenditure_growth', value: '-2.5' }), growth)).toEqual(
      [],
    );
  });

  it('asks a reason to revise an approved value', () => {
    const revised = { ...ctx, hasApproved: true };
    expect(fields(reportedFigureProblems(input(), revised))).toEqual(['reason']);
    expect(fields(reportedFigureProblems(input({ reason: '  ' }), revised))).toEqual(['reason']);
    expect(reportedFigureProblems(input({ reason: '统计局更正' }), revised)).toEqual([]);
  });

  it('limits the attachment’s type and size', () => {
    const big = Buffer.alloc(64 * 1024 + 1).toString('base64');
    expect(attachmentBytes(big)).toBe(64 * 1024 + 1);
    const p = reportedFigureProblems(input({ attachment: { fileName: 'a.exe', contentBase64: big } }), ctx);
    expect(fields(p)).toEqual(['attachment.contentBase64', 'attachment.fileName']);
    const ok = Buffer.from('%PDF-1.4').toString('base64');
    expect(reportedFigureProblems(input({ attachment: { fileName: '统计表.pdf', contentBase64: ok } }), ctx)).toEqual(
      [],
    );
  });
});
