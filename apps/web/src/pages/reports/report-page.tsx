import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Segmented, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { download, type Page } from '../../api/client';
import { useGet } from '../../api/query';
import type { Region, RegionReport } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { RegionPicker } from '../../components/region-picker';
import { dateTimeText } from '../../format';
import { ReportSections } from './report-sections';

type Kind = 'quarterly' | 'annual';
type Basis = 'reported' | 'amended';

const KIND_NAME: Record<Kind, string> = { quarterly: '技术转移对接季度通报', annual: '年度科技成果转化报告' };

/** The last closed period: last quarter, or last year. */
function lastClosed(kind: Kind): Dayjs {
  return kind === 'quarterly' ? dayjs().subtract(3, 'month') : dayjs().subtract(1, 'year');
}

/** A period in the address (`?period=2025-Q3`, `?period=2025`), so a report can be linked to. */
function dateOf(kind: Kind, period: string | null): Dayjs | null {
  const m = period && (kind === 'quarterly' ? /^(\d{4})-Q([1-4])$/ : /^(\d{4})$/).exec(period);
  if (!m) return null;
  return dayjs(`${m[1]}-${String((Number(m[2] ?? 1) - 1) * 3 + 1).padStart(2, '0')}-01`);
}

const periodOf = (kind: Kind, d: Dayjs) =>
  kind === 'quarterly' ? `${d.year()}-Q${Math.floor(d.month() / 3) + 1}` : String(d.year());

/** A bureau's own region and the regions right under it; the platform picks any region. */
function RegionChoice({ value, onChange }: { value?: string; onChange(code: string | undefined): void }) {
  const { me } = useAuth();
  const home = me?.org.type === 'platform' ? undefined : me?.org.regionCode;
  const self = useGet<Region>(home ? `/regions/${home}` : null);
  const below = useGet<Page<Region>>(home ? '/regions' : null, { parent: home, pageSize: 100 });
  if (!home) return <RegionPicker value={value} onChange={onChange} placeholder="全国" />;
  return (
    <Select
      value={value ?? home}
      onChange={onChange}
      style={{ minWidth: 160 }}
      data-testid="report-region"
      options={[
        ...(self.data ? [{ value: self.data.code, label: `${self.data.name}（本级及下辖）` }] : []),
        ...(below.data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
      ]}
    />
  );
}

/** 技术转移对接季度通报 / 年度科技成果转化报告: region, period, basis; the page prints, XLSX and PDF download. */
export default function ReportPage({ kind }: { kind: Kind }) {
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const [region, setRegion] = useState<string | undefined>(params.get('region') ?? undefined);
  const [date, setDate] = useState<Dayjs>(() => dateOf(kind, params.get('period')) ?? lastClosed(kind));
  const [basis, setBasis] = useState<Basis>('reported');
  const [busy, setBusy] = useState<string | null>(null);
  const query = { region, period: periodOf(kind, date), basis };
  const report = useGet<RegionReport>(`/stats/reports/${kind}`, query, { keepPrevious: true });
  const r = report.data;

  const save = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    try {
      await download(`/stats/reports/${kind}/export`, { ...query, format }, `${r?.title ?? KIND_NAME[kind]}.${format}`);
      message.success('已开始下载');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card className="no-print">
        <Space wrap size={[12, 8]}>
          <RegionChoice value={region} onChange={setRegion} />
          <DatePicker
            picker={kind === 'quarterly' ? 'quarter' : 'year'}
            value={date}
            allowClear={false}
            onChange={(d) => d && setDate(d)}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            format={(d) =>
              kind === 'quarterly' ? `${d.year()}年第${Math.floor(d.month() / 3) + 1}季度` : `${d.year()}年`
            }
            data-testid="report-period"
          />
          <Segmented<Basis>
            value={basis}
            onChange={setBasis}
            options={[
              { value: 'reported', label: '按报送口径' },
              { value: 'amended', label: '按最新更正' },
            ]}
            data-testid="report-basis"
          />
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'xlsx'}
            disabled={!r}
            onClick={() => void save('xlsx')}
            data-testid="report-xlsx"
          >
            导出 Excel
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={busy === 'pdf'}
            disabled={!r}
            onClick={() => void save('pdf')}
            data-testid="report-pdf"
          >
            导出 PDF
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      </Card>
      {report.error ? <Alert type="error" showIcon message={report.error.message} /> : null}
      {!r ? (
        report.isPending ? (
          <Spin />
        ) : null
      ) : (
        <>
          <Card>
            <Typography.Title level={3} style={{ textAlign: 'center', margin: 0 }} data-testid="report-title">
              {r.title}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ textAlign: 'center', margin: '8px 0 0' }}>
              {r.stateText}
              {r.frozenAt ? `（定稿于 ${dateTimeText(r.frozenAt)}）` : ''}
              ；金额单位：万元（各项按精确金额四舍五入保留两位小数）
            </Typography.Paragraph>
          </Card>
          <ReportSections report={r} />
        </>
      )}
    </Space>
  );
}
