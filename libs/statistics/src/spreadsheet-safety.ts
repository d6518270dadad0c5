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

const CANONICAL_INTEGER = /^(?:-?[1-9]\d*|0)$/;

/** Integer fen as an exact decimal string of 万元 (1 万元 = 1,000,000 fen), full precision. */
export function fenToWanExact(fen: string | bigint): string {
  if (typeof fen === 'string' && CANONICAL_INTEGER.test(fen)) {
    // Text arithmetic for the common case (million-row exports): no BigInt per value.
    const neg = fen.charCodeAt(0) === 45;
    const d = neg ? fen.slice(1) : fen;
    const int = d.length > 6 ? d.slice(0, d.length - 6) : '0';
    const frac = d.length > 6 ? d.slice(d.length - 6) : d.padStart(6, '0');
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end -= 1;
    return `${neg ? '-' : ''}${int}${end > 0 ? `.${frac.slice(0, end)}` : ''}`;
  }
  const f = BigInt(fen);
  const neg = f < 0n;
  const a = neg ? -f : f;
  const frac = String(a % 1_000_000n)
    .padStart(6, '0')
    .replace(/0+$/, '');
  return `${neg ? '-' : ''}${a / 1_000_000n}${frac ? `.${frac}` : ''}`;
}

/** Integer fen as 万元 with two decimals, rounded half away from zero (CSV and titles). */
export function fenToWan2(fen: string | bigint): string {
  const f = BigInt(fen);
  const neg = f < 0n;
  const a = neg ? -f : f;
  const hundredths = (a + 5_000n) / 10_000n;
  const s = `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
  return neg && hundredths !== 0n ? `-${s}` : s;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
