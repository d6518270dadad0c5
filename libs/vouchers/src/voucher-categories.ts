/**
 * The code table of services a voucher pays for (淮北: 技术转移、检验检测、人才培养、仪器设备共享;
 * 临沂 and the provincial rules add R&D design and IP services). A programme names the
 * categories it funds; an application names one of them.
 */
export const VOUCHER_CATEGORIES = {
  tech_transfer: '技术转移',
  testing: '检验检测',
  training: '人才培养',
  instrument_sharing: '仪器设备共享',
  rd_design: '研发设计',
  ip_services: '知识产权服务',
} as const;

export type VoucherCategory = keyof typeof VOUCHER_CATEGORIES;
export const VOUCHER_CATEGORY_CODES = Object.keys(VOUCHER_CATEGORIES) as VoucherCategory[];
