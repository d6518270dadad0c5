/**
 * Instants as the market writes them, the one way: China time (北京时间, UTC+8, no daylight
 * saving since 1991), whatever the reader's or the server's time zone, in the form Chinese
 * registers use — "2026-12-18 14:00" — on pages, in exports, notices, mails and in the 竞买须知 a
 * bidder accepts. Calendar days a person picked (deadlines) read "2026年12月18日" on pages
 * (apps/web format.ts dateText).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** "2026-12-18T14:00:05.000" in China time. */
const china = (d: string | number | Date): string => new Date(new Date(d).getTime() + CHINA_OFFSET_MS).toISOString();

/** To the minute: "2026-12-18 14:00" (events, deadlines, auction times, expiries in mails). */
export const chinaMinuteText = (d: string | number | Date): string => china(d).slice(0, 16).replace('T', ' ');
/** To the second: "2026-12-18 14:00:05" (bids, ends, audit rows). */
export const chinaSecondText = (d: string | number | Date): string => china(d).slice(0, 19).replace('T', ' ');
/** The China calendar day of an instant: "2026-12-18". */
export const chinaDayText = (d: string | number | Date): string => china(d).slice(0, 10);
