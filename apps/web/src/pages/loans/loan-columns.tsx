import { Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Loan } from '../../api/types';
import { dateText, wanYuan } from '../../format';

const STATUS_COLORS: Record<string, string> = { active: 'blue', defaulted: 'red', settled: 'green' };

/** The columns every loan list shows; `party` names the other side shown (the bank, the enterprise, or both). */
export function loanColumns(party: 'bank' | 'enterprise' | 'both'): TableColumnsType<Loan> {
  return [
    ...(party !== 'enterprise' ? [{ title: '金融机构', dataIndex: 'bankName', width: 150 }] : []),
    ...(party !== 'bank'
      ? [
          {
            title: '借款企业',
            key: 'enterprise',
            width: 170,
            render: (_: unknown, l: Loan) => (
              <span>
                {l.enterpriseName}
                <div>
                  <Typography.Text type="secondary">{l.regionName}</Typography.Text>
                </div>
              </span>
            ),
          },
        ]
      : []),
    { title: '金额', dataIndex: 'amountFen', width: 100, render: (f: string) => wanYuan(f) },
    {
      title: '期限 / 利率',
      key: 'term',
      width: 120,
      render: (_: unknown, l) => `${l.termMonths} 个月 · ${l.rateTypeName}`,
    },
    { title: '担保方式', dataIndex: 'collateralName', width: 80 },
    {
      title: '关联成果与合同',
      key: 'links',
      width: 170,
      render: (_: unknown, l) => (l.links.length ? linkText(l).map((t) => <div key={t}>{t}</div>) : '—'),
    },
    { title: '已还', dataIndex: 'repaidFen', width: 100, render: (f: string) => wanYuan(f) },
    {
      title: '状态',
      dataIndex: 'statusName',
      width: 110,
      render: (s: string, l) => (
        <span>
          <Tag color={STATUS_COLORS[l.status]}>{s}</Tag>
          <div>备案于 {dateText(l.filedAt)}</div>
        </span>
      ),
    },
  ];
}

const linkText = (l: Loan) =>
  l.links.map(
    (x) =>
      `${x.kind === 'achievement' ? '成果' : '合同'}：${x.title}${x.registrationNo ? `（${x.registrationNo}）` : ''}`,
  );

/** What a phone shows of a loan (PagedList's card): the same facts as the columns, as lines. */
export function loanCard(party: 'bank' | 'enterprise' | 'both') {
  return (l: Loan): { title: ReactNode; lines: ReactNode } => ({
    title: (
      <span>
        {[party !== 'enterprise' ? l.bankName : null, party !== 'bank' ? l.enterpriseName : null]
          .filter(Boolean)
          .join(' → ')}{' '}
        <Tag color={STATUS_COLORS[l.status]}>{l.statusName}</Tag>
      </span>
    ),
    lines: (
      <>
        <div>
          {wanYuan(l.amountFen)} · {l.termMonths} 个月 · {l.rateTypeName} · {l.collateralName}
        </div>
        <div>
          已还 {wanYuan(l.repaidFen)} · 备案于 {dateText(l.filedAt)}
          {party !== 'bank' ? ` · ${l.regionName}` : ''}
        </div>
        {linkText(l).map((t) => (
          <div key={t}>{t}</div>
        ))}
      </>
    ),
  });
}
