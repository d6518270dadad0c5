import { DownloadOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { download, type Query } from '../../api/client';

export type Perspective = 'absorption' | 'output' | 'registered';
export type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd';

export function periodCode(kind: PeriodKind, d: Dayjs): string {
  if (kind === 'year') return String(d.year());
  if (kind === 'ytd') return `${d.year()}-ytd`;
  if (kind === 'quarter') return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
  return d.format('YYYY-MM');
}

/** The period picked, as a user reads it: 2026年第4季度, 2026年12月, 2026年. */
function periodText(d: Dayjs, kind: PeriodKind): string {
  if (kind === 'quarter') return `${d.year()}年第${Math.floor(d.month() / 3) + 1}季度`;
  if (kind === 'month') return `${d.year()}年${d.month() + 1}月`;
  return `${d.year()}年`;
}

type Crumb = { code: string; name: string };

/** Where and when: the region path (drill back up), 吸纳/输出/登记, the period, and the exports. */
export function DashboardToolbar(p: {
  rootName: string;
  path: Crumb[];
  onPath(path: Crumb[]): void;
  perspective: Perspective;
  onPerspective(p: Perspective): void;
  kind: PeriodKind;
  onKind(k: PeriodKind): void;
  date: Dayjs;
  onDate(d: Dayjs): void;
  query: { region?: string; period: string; perspective: Perspective };
  perspectiveNames: Record<Perspective, string>;
}) {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<string | null>(null);
  const { period } = p.query;

  const exportFile = async (format: 'xlsx' | 'csv' | 'contracts') => {
    setExporting(format);
    try {
      if (format === 'contracts')
        await download(
          '/stats/contracts/export',
          { ...p.query, format: 'xlsx' },
          `技术合同明细（${p.perspectiveNames[p.query.perspective]}）_${period}.xlsx`,
        );
      else
        await download(
          '/stats/summary/export',
          { ...p.query, groupBy: 'child-region', format } as Query,
          `技术合同统计（${p.perspectiveNames[p.query.perspective]}）_${period}.${format}`,
        );
      message.success('已开始下载');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    } finally {
      setExporting(null);
    }
  };

  return (
    <Space wrap size={[16, 8]} style={{ width: '100%', justifyContent: 'space-between' }}>
      <Breadcrumb
        items={[
          { title: <a onClick={() => p.onPath([])}>{p.rootName}</a> },
          ...p.path.map((c, i) => ({
            title: i === p.path.length - 1 ? c.name : <a onClick={() => p.onPath(p.path.slice(0, i + 1))}>{c.name}</a>,
          })),
        ]}
      />
      <Space wrap>
        <Segmented<Perspective>
          value={p.perspective}
          onChange={p.onPerspective}
          options={(['absorption', 'output', 'registered'] as const).map((v) => ({
            value: v,
            label: p.perspectiveNames[v],
          }))}
          data-testid="perspective"
        />
        <Select<PeriodKind>
          value={p.kind}
          onChange={p.onKind}
          style={{ width: 110 }}
          options={[
            { value: 'month', label: '按月' },
            { value: 'quarter', label: '按季度' },
            { value: 'year', label: '按年' },
            { value: 'ytd', label: '年初至今' },
          ]}
        />
        <DatePicker
          picker={p.kind === 'ytd' ? 'year' : p.kind}
          value={p.date}
          allowClear={false}
          onChange={(d) => d && p.onDate(d)}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          format={(d) => periodText(d, p.kind)}
          style={{ width: 160 }}
          data-testid="dashboard-period"
        />
        <Button
          icon={<DownloadOutlined />}
          loading={exporting === 'xlsx'}
          onClick={() => void exportFile('xlsx')}
          data-testid="export-xlsx"
        >
          导出 Excel
        </Button>
        <Button icon={<DownloadOutlined />} loading={exporting === 'csv'} onClick={() => void exportFile('csv')}>
          导出 CSV
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={exporting === 'contracts'}
          onClick={() => void exportFile('contracts')}
          data-testid="export-contracts"
        >
          导出合同明细
        </Button>
      </Space>
    </Space>
  );
}
