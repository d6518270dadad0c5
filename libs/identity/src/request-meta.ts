/** Where a request came from, for audit rows and throttling (no principal yet on public routes). */
export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
  userAgent?: string | null;
}
