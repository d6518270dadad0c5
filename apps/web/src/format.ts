import dayjs from 'dayjs';

/** Fen → 万元 with up to 2 decimals, the unit bureau staff read amounts in. */
export function wanYuan(fen: number | string | null | undefined): string {
  if (fen === null || fen === undefined || fen === '') return '—';
  const n = Number(fen) / 100 / 10_000;
  return `${n.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
}

/** Yuan (as the targets table stores them) → 万元 or 亿元. */
export function yuanText(yuan: number | string): string {
  const n = Number(yuan);
  if (n >= 1e8) return `${(n / 1e8).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 亿元`;
  if (n >= 1e4) return `${(n / 1e4).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  return `${n.toLocaleString('zh-CN')} 元`;
}

export const dateText = (d: string | number | Date | null | undefined): string =>
  d ? dayjs(d).format('YYYY年M月D日') : '—';
export const dateTimeText = (d: string | number | Date | null | undefined): string =>
  d ? dayjs(d).format('YYYY-MM-DD HH:mm') : '—';

export const ORG_TYPE_NAMES: Record<string, string> = {
  enterprise: '企业',
  university: '高等院校',
  research_institute: '科研院所',
  broker_agency: '技术转移机构',
  bureau: '科技管理部门',
  platform: '平台运营方',
};

export const KIND_NAMES: Record<string, string> = { need: '技术需求', achievement: '科技成果', challenge: '揭榜挂帅' };

export const TRANSFER_MODE_NAMES: Record<string, string> = {
  self_implementation: '自行实施',
  transfer: '转让',
  licence: '许可',
  cooperation: '合作',
  equity: '作价入股',
  other: '其他',
};

export const COOPERATION_MODE_NAMES: Record<string, string> = {
  commissioned_development: '委托开发',
  cooperative_development: '合作开发',
  transfer: '技术转让',
  licence: '技术许可',
  consulting: '技术咨询',
  service: '技术服务',
  other: '其他',
};

export const ACHIEVEMENT_TYPE_NAMES: Record<string, string> = {
  applied: '应用技术',
  basic: '基础理论',
  soft: '软科学',
};

export const ROLE_NAMES: Record<string, string> = {
  org_admin: '机构管理员',
  member: '成员',
  broker: '技术经纪人',
  bureau_staff: '科技局工作人员',
  bureau_admin: '科技局管理员',
  platform_admin: '平台管理员',
};

export const STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  rejected: '已驳回',
  withdrawn: '已撤回',
  closed: '已关闭',
  pending: '待审核',
  verified: '已认证',
};

/**
 * 万元 as typed (up to 6 decimals: 1 万元 = 1,000,000 分) → integer fen as a decimal string,
 * computed on the digits so that no float rounding creeps into a contract amount.
 */
export function wanToFen(wan: string | number | null | undefined): string | undefined {
  if (wan === null || wan === undefined || wan === '') return undefined;
  const s = String(wan).trim();
  const m = /^(\d+)(?:\.(\d{0,6}))?$/.exec(s);
  if (!m) return undefined;
  const fen = `${m[1]}${(m[2] ?? '').padEnd(6, '0')}`.replace(/^0+(?=\d)/, '');
  return fen;
}

/** Integer fen (string or number) → 万元 as a plain decimal string for an input box. */
export function fenToWanInput(fen: string | number | null | undefined): string | undefined {
  if (fen === null || fen === undefined || fen === '') return undefined;
  const digits = String(fen).padStart(7, '0');
  const int = digits.slice(0, -6).replace(/^0+(?=\d)/, '');
  const frac = digits.slice(-6).replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

export const STAGE_NAMES: Record<string, string> = {
  lead: '线索',
  contacted: '已联系',
  introduced: '已引荐',
  negotiating: '洽谈中',
  signed: '已签约',
  dropped: '已终止',
};

export const PARTY_STATUS_NAMES: Record<string, string> = { invited: '待接受', accepted: '已接受', declined: '已谢绝' };

export const CONTRACT_STATUS_NAMES: Record<string, string> = {
  draft: '草稿',
  submitted: '待登记',
  rejected: '不予登记',
  certified: '已登记',
};

export const LISTING_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  rejected: 'error',
  withdrawn: 'warning',
  closed: 'default',
};

/** A fresh Idempotency-Key (also outside secure contexts, where crypto.randomUUID is missing). */
export function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
