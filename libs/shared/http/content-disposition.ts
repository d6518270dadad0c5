/**
 * Content-Disposition of a download (RFC 6266): an ASCII `filename` for old clients and the
 * real name as `filename*=UTF-8''…` (RFC 5987), which every current browser uses.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encoded}`;
}
