/**
 * The text of an exceljs cell value as the user typed it. A formula is kept as its text with
 * the leading `=` and is never evaluated (nor is Excel's cached result used): a bureau's
 * spreadsheet is data, not a program. Dates become YYYY-MM-DD.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.formula === 'string') return `=${v.formula}`;
    // A follower of a shared formula carries only its master's address, not its own text.
    if ('sharedFormula' in v) return '=';
    if (Array.isArray(v.richText))
      return v.richText.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join('');
    if (typeof v.text === 'string') return v.text;
    if (typeof v.error === 'string') return v.error;
  }
  return '';
}
