/**
 * Text that Excel, WPS or LibreOffice would read as a formula (or a DDE payload) when it starts
 * with = + - @, a tab or a carriage return (OWASP CSV injection). Prefixing a quote makes the
 * application show it as text; the quote is visible, which is the accepted trade-off.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180 quoting) from text, already formula-guarded. */
export function csvText(value: string): string {
  const v = safeText(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

// 万元 for exports: exact (XLSX cells) and rounded once by the shared rule (CSV), from libs/shared/money.
export { fenToWanExact, fenToWan2 } from '../../shared/money/index.js';
