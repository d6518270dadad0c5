/**
 * Instants as the market writes them: China time (北京时间), whatever the reader's or the
 * server's time zone — on pages, in notices and in the 竞买须知 a bidder accepts.
 */
const FIELDS = {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
} as const;
const MINUTE = new Intl.DateTimeFormat('zh-CN', FIELDS);
const SECOND = new Intl.DateTimeFormat('zh-CN', { ...FIELDS, second: '2-digit' });
const DAY = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** To the minute: "2026/12/18 14:00" (events, deadlines, auction times). */
export const chinaMinuteText = (d: string | number | Date): string => MINUTE.format(new Date(d));
/** To the second: "2026/12/18 14:00:05" (bids, ends). */
export const chinaSecondText = (d: string | number | Date): string => SECOND.format(new Date(d));
/** The calendar day: "2026/12/18". */
export const chinaDayText = (d: string | number | Date): string => DAY.format(new Date(d));
