import { envConfig, int } from './env-schema.js';

/** 挂牌交易 and sales (libs/listed-sales). */
export class SalesConfig extends envConfig({
  /**
   * How long a 成交公告 (a sale, 流拍 or 流标) stays on the public list, in calendar days: 15 like
   * the shortest 协议定价公示 (domain guide), the platform's other price publication.
   */
  saleNoticeDays: int('SALE_NOTICE_DAYS', 15, 1, 365),
}) {}
