import { SalesConfig } from './sales.config.js';

describe('SalesConfig', () => {
  it('keeps a 成交公告 15 days by default and refuses a period outside 1–365 days', () => {
    expect(SalesConfig.fromEnv({})).toEqual({ saleNoticeDays: 15 });
    expect(SalesConfig.fromEnv({ SALE_NOTICE_DAYS: '30' }).saleNoticeDays).toBe(30);
    expect(() => SalesConfig.fromEnv({ SALE_NOTICE_DAYS: '0' })).toThrow(/SALE_NOTICE_DAYS/);
  });
});
