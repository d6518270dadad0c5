import { Tag, type TableColumnsType } from 'antd';
import type { Voucher, VoucherProgramme } from '../../api/types';
import { dateText, wanYuan } from '../../format';

const STATUS_COLORS: Record<string, string> = {
  applied: 'gold',
  approved: 'blue',
  redemption_requested: 'purple',
  redeemed: 'green',
  rejected: 'default',
  expired: 'default',
};

/** The columns every voucher list shows; `who` adds the enterprise or the provider. */
export function voucherColumns(who: 'enterprise' | 'provider' | 'both'): TableColumnsType<Voucher> {
  return [
    { title: '项目', dataIndex: 'programmeName', width: 180 },
    ...(who !== 'provider' ? [{ title: '申请企业', dataIndex: 'enterpriseName', width: 180 }] : []),
    ...(who !== 'enterprise' ? [{ title: '服务机构', dataIndex: 'providerName', width: 180 }] : []),
    {
      title: '服务',
      dataIndex: 'categoryName',
      width: 170,
      render: (c: string, v) => (
        <span>
          {c}
          {v.hostRegionName ? <Tag style={{ marginLeft: 4 }}>通用通兑·{v.hostRegionName}</Tag> : null}
        </span>
      ),
    },
    { title: '申请补助', dataIndex: 'requestedFen', width: 120, render: (f: string) => wanYuan(f) },
    {
      title: '批准 / 兑付',
      key: 'amounts',
      width: 150,
      render: (_: unknown, v) =>
        v.redeemedFen ? `兑付 ${wanYuan(v.redeemedFen)}` : v.approvedFen ? `预留 ${wanYuan(v.approvedFen)}` : '—',
    },
    {
      title: '状态',
      dataIndex: 'statusName',
      width: 130,
      render: (s: string, v) => (
        <span>
          <Tag color={STATUS_COLORS[v.status]}>{s}</Tag>
          {v.status === 'approved' && v.expiresOn ? <div>有效至 {dateText(v.expiresOn)}</div> : null}
        </span>
      ),
    },
  ];
}

/** The columns every programme list starts with: name, issuing region, application window. */
export const programmeColumns: TableColumnsType<VoucherProgramme> = [
  { title: '项目', dataIndex: 'name', width: 220 },
  { title: '发券地区', dataIndex: 'regionName', width: 100 },
  {
    title: '申报期',
    key: 'window',
    width: 200,
    render: (_: unknown, p) => `${dateText(p.opensOn)} 至 ${dateText(p.closesOn)}`,
  },
];
