import { Button, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { download } from '../../api/client';
import { useGet } from '../../api/query';
import type { LoanStats } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';
import { LoanList } from './loan-list';
import { wanYuan } from '../../format';
import { loanCard, loanColumns } from './loan-columns';

/** 成果转化贷款: filings for enterprises of the bureau's region subtree. */
export function RegionLoansTab() {
  return (
    <LoanList
      scroll={{ x: 1100 }}
      empty={<EmptyState title="本辖区暂无贷款备案" hint="金融机构为本辖区企业备案后会出现在这里。" />}
      card={loanCard('both')}
      columns={loanColumns('both')}
    />
  );
}

type Row = LoanStats['totals'] & { key: string; name: string };

/** 贷款统计: the region's and its children's figures for a year, exportable. */
export function LoanFiguresTab() {
  const thisYear = new Date().getFullYear();
  const [period, setPeriod] = useState(String(thisYear));
  const stats = useGet<LoanStats>('/stats/loans', { period }, { keepPrevious: true });
  const s = stats.data;
  const rows: Row[] = s
    ? [
        { key: 'total', name: `${s.region.name}（合计）`, ...s.totals },
        ...s.children.map((c) => ({ ...c, key: c.regionCode, name: c.regionName })),
      ]
    : [];
  const exportAs = (format: 'xlsx' | 'csv') =>
    download('/stats/loans/export', { period, format }, `成果转化贷款统计.${format}`);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>统计期间</span>
        <Select
          style={{ width: 140 }}
          value={period}
          onChange={setPeriod}
          options={[0, 1, 2].map((n) => ({ value: String(thisYear - n), label: `${thisYear - n} 年` }))}
        />
        <Button onClick={() => void exportAs('xlsx')} data-testid="export-loans-xlsx">
          导出 Excel
        </Button>
        <Button onClick={() => void exportAs('csv')}>导出 CSV</Button>
      </Space>
      <ErrorAlert error={stats.error} />
      <Table<Row>
        data-testid="loan-figures"
        loading={stats.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        size="small"
        columns={[
          { title: '地区', dataIndex: 'name', width: 160 },
          { title: '备案（笔）', dataIndex: 'filedCount', width: 90 },
          { title: '备案金额', dataIndex: 'filedFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '借款企业（家）', dataIndex: 'filedEnterprises', width: 110 },
          { title: '还款金额', dataIndex: 'repaidFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '违约（笔）', dataIndex: 'defaultedCount', width: 90 },
          { title: '违约时未还本金', dataIndex: 'defaultedFen', width: 130, render: (f: string) => wanYuan(f) },
          { title: '结清（笔）', dataIndex: 'settledCount', width: 90 },
        ]}
      />
    </>
  );
}
