/** China has one time zone, UTC+8, and no daylight saving. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/**
 * The latest digest time at or before `now`: today's `at` (HH:MM, China time) once it has
 * passed, else yesterday's. Items queued before it go into the digest sent at it.
 */
export function latestDigestSlot(now: Date, at: string): Date {
  const [h, m] = at.split(':').map(Number) as [number, number];
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  const slot = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate(), h, m) - CHINA_OFFSET_MS;
  return new Date(slot <= now.getTime() ? slot : slot - 24 * 3600_000);
}
