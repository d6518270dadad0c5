import { DownloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Breadcrumb,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Row,
  Segmented,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, download } from '../api/client';
import type { Region } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { Chart } from '../components/chart';
import { useApi } from '../components/use-api';
import { yuanText } from '../format';

type Perspective = 'absorption' | 'output' | 'registered';
type PeriodKind = 'year' | 'quarter' | 'month' | 'ytd';

interface Totals {
  count: number;
  contractAmountFen: string;
  techAmountFen: string;
}
interface GroupRow extends Totals {
  key: string;
  name: string;
}
interface Summary {
  region: { code: string | null; name: string };
  period: { code: string; label: string };
  rows: GroupRow[];
  total: Totals;
}
interface Flows {
  axis: { code: string; name: string; inside: boolean }[];
  cells: (Totals & { seller: string; buyer: string })[];
  total: Totals;
}
interface TargetProgress {
  id: number;
  indicatorName: string;
  targetYear: number;
  targetValue: string;
  unit: 'yuan' | 'count' | 'percent';
  actual: string | null;
  percentReached: string | null;
  onTrack: boolean | null;
  reason?: string;
  sourceDoc: string;
}

const PERSPECTIVE_NAMES: Record<Perspective, string> = { absorption: '吸纳', output: '输出', registered: '登记' };
const PERSPECTIVE_HINT: Record<Perspective, string> = {
  absorption: '买方在本地区的技术合同',
  output: '卖方在本地区的技术合同',
  registered: '本地区登记机构认定登记的技术合同',
};

/** Fen (decimal string) → 万元 as a number for charts. */
const wan = (fen: string) => Math.round(Number(fen) / 100) / 10_000;
const wanText = (fen: string) => `${wan(fen).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;

function periodCode(kind: PeriodKind, d: Dayjs): string {
  if (kind === 'year') return String(d.year());
  if (kind === 'ytd') return `${d.year()}-ytd`;
  if (kind === 'quarter') return `${d.year()}-Q${Math.floor(d.month() / 3) + 1}`;
  return d.format('YYYY-MM');
}

/** Bureau statistics: region drill-down, period, 吸纳/输出/登记, charts, targets, exports. */
export default function DashboardPage() {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [path, setPath] = useState<{ code: string; name: string }[]>([]);
  const [perspective, setPerspective] = useState<Perspective>('absorption');
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [exporting, setExporting] = useState<string | null>(null);
  const home = me?.org.type === 'platform' ? undefined : me?.org.regionCode;
  const region = path.length ? path[path.length - 1]!.code : home;
  const period = periodCode(kind, date);
  const base = { region, period, perspective };

  const homeRegion = useApi(
    (signal) => (home ? api<Region>(`/regions/${home}`, { signal }) : Promise.resolve(null)),
    [home],
  );
  const byRegion = useApi(
    (signal) => api<Summary>('/stats/summary', { query: { ...base, groupBy: 'child-region' }, signal }),
    [region, period, perspective],
  );
  const byType = useApi(
    (signal) => api<Summary>('/stats/summary', { query: { ...base, groupBy: 'type' }, signal }),
    [region, period, perspective],
  );
  const byField = useApi(
    (signal) => api<Summary>('/stats/summary', { query: { ...base, groupBy: 'field' }, signal }),
    [region, period, perspective],
  );
  const byMonth = useApi(
    (signal) =>
      api<Summary>('/stats/summary', { query: { ...base, period: String(date.year()), groupBy: 'month' }, signal }),
    [region, date.year(), perspective],
  );
  const flows = useApi((signal) => api<Flows>('/stats/flows', { query: { region, period }, signal }), [region, period]);
  const targets = useApi(
    (signal) => api<{ items: TargetProgress[] }>('/stats/targets', { query: { region }, signal }),
    [region],
  );

  const error = byRegion.error ?? byType.error;
  const total = byRegion.data?.total;

  const exportFile = async (format: 'xlsx' | 'csv' | 'contracts') => {
    setExporting(format);
    try {
      if (format === 'contracts')
        await download('/stats/contracts/export', { ...base, format: 'xlsx' }, `技术合同明细_${period}.xlsx`);
      else
        await download(
          '/stats/summary/export',
          { ...base, groupBy: 'child-region', format },
          `技术合同统计_${period}.${format}`,
        );
      message.success('已开始下载');
    } catch (e) {
      message.error(e instanceof Error ? e.message : '导出失败');
    } finally {
      setExporting(null);
    }
  };

  const rootName = homeRegion.data?.name ?? (home ? home : '全国');
  const heatCells = (flows.data?.cells ?? []).map((c) => {
    const x = flows.data!.axis.findIndex((a) => a.code === c.buyer);
    const y = flows.data!.axis.findIndex((a) => a.code === c.seller);
    return [x, y, wan(c.contractAmountFen)];
  });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap size={[16, 8]} style={{ width: '100%', justifyContent: 'space-between' }}>
          <Breadcrumb
            items={[
              { title: <a onClick={() => setPath([])}>{rootName}</a> },
              ...path.map((p, i) => ({
                title: i === path.length - 1 ? p.name : <a onClick={() => setPath(path.slice(0, i + 1))}>{p.name}</a>,
              })),
            ]}
          />
          <Space wrap>
            <Segmented<Perspective>
              value={perspective}
              onChange={setPerspective}
              options={(['absorption', 'output', 'registered'] as const).map((p) => ({
                value: p,
                label: PERSPECTIVE_NAMES[p],
              }))}
              data-testid="perspective"
            />
            <Select<PeriodKind>
              value={kind}
              onChange={setKind}
              style={{ width: 110 }}
              options={[
                { value: 'month', label: '按月' },
                { value: 'quarter', label: '按季度' },
                { value: 'year', label: '按年' },
                { value: 'ytd', label: '年初至今' },
              ]}
            />
            <DatePicker
              picker={kind === 'ytd' ? 'year' : kind}
              value={date}
              allowClear={false}
              onChange={(d) => d && setDate(d)}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
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
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {PERSPECTIVE_NAMES[perspective]}口径：{PERSPECTIVE_HINT[perspective]}，按认定登记日期统计；金额单位万元。
        </Typography.Paragraph>
      </Card>
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.loading}>
            <div data-testid="total-contract-amount">
              <Statistic
                title={`${byRegion.data?.period.label ?? period} 合同成交额`}
                value={total ? wan(total.contractAmountFen) : 0}
                precision={2}
                suffix="万元"
              />
            </div>
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.loading}>
            <Statistic title="技术交易额" value={total ? wan(total.techAmountFen) : 0} precision={2} suffix="万元" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.loading}>
            <div data-testid="total-count">
              <Statistic title="合同数" value={total?.count ?? 0} suffix="项" />
            </div>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="下级地区（点击钻取）" loading={byRegion.loading}>
            {byRegion.data?.rows.length ? (
              <Table<GroupRow>
                size="small"
                rowKey="key"
                pagination={false}
                dataSource={byRegion.data.rows}
                scroll={{ y: 280 }}
                onRow={(r) => ({
                  onClick: () => setPath([...path, { code: r.key, name: r.name }]),
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  { title: '地区', dataIndex: 'name' },
                  { title: '合同数', dataIndex: 'count', align: 'right', width: 80 },
                  { title: '成交额', dataIndex: 'contractAmountFen', align: 'right', render: wanText },
                  { title: '技术交易额', dataIndex: 'techAmountFen', align: 'right', render: wanText },
                ]}
                summary={() =>
                  total ? (
                    <Table.Summary.Row>
                      <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                      <Table.Summary.Cell index={1} align="right">
                        {total.count}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={2} align="right">
                        {wanText(total.contractAmountFen)}
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={3} align="right">
                        {wanText(total.techAmountFen)}
                      </Table.Summary.Cell>
                    </Table.Summary.Row>
                  ) : null
                }
              />
            ) : (
              <Empty description="本地区没有下级地区，或本期没有登记的合同" />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={`${date.year()} 年逐月趋势`} loading={byMonth.loading}>
            <Chart
              testId="chart-trend"
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 60, right: 20, top: 20, bottom: 30 },
                xAxis: { type: 'category', data: (byMonth.data?.rows ?? []).map((r) => r.name) },
                yAxis: { type: 'value', name: '万元' },
                series: [
                  {
                    type: 'line',
                    smooth: true,
                    name: '合同成交额',
                    data: (byMonth.data?.rows ?? []).map((r) => wan(r.contractAmountFen)),
                  },
                ],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="按合同类型" loading={byType.loading}>
            <Chart
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 70, right: 20, top: 20, bottom: 30 },
                xAxis: { type: 'category', data: (byType.data?.rows ?? []).map((r) => r.name) },
                yAxis: { type: 'value', name: '万元' },
                series: [
                  {
                    type: 'bar',
                    name: '合同成交额',
                    data: (byType.data?.rows ?? []).map((r) => wan(r.contractAmountFen)),
                    itemStyle: { color: '#1677ff' },
                  },
                ],
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="按技术领域" loading={byField.loading}>
            <Chart
              option={{
                tooltip: { trigger: 'item', formatter: '{b}：{c} 万元（{d}%）' },
                series: [
                  {
                    type: 'pie',
                    radius: ['35%', '65%'],
                    data: (byField.data?.rows ?? []).map((r) => ({ name: r.name, value: wan(r.contractAmountFen) })),
                  },
                ],
              }}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="技术合同流向（卖方地区 → 买方地区，万元）" loading={flows.loading}>
            {flows.data && flows.data.cells.length ? (
              <Chart
                style={{ height: 380 }}
                option={{
                  tooltip: { position: 'top' },
                  grid: { left: 110, right: 20, top: 10, bottom: 90 },
                  xAxis: {
                    type: 'category',
                    name: '买方',
                    data: flows.data.axis.map((a) => a.name),
                    axisLabel: { rotate: 40 },
                  },
                  yAxis: { type: 'category', name: '卖方', data: flows.data.axis.map((a) => a.name) },
                  visualMap: {
                    min: 0,
                    max: Math.max(1, ...heatCells.map((c) => Number(c[2]))),
                    calculable: true,
                    orient: 'horizontal',
                    left: 'center',
                    bottom: 0,
                    show: false,
                  },
                  series: [{ type: 'heatmap', data: heatCells, label: { show: false } }],
                }}
              />
            ) : (
              <Empty description="本期没有跨地区的技术合同流向" />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card title="规划目标完成进度" loading={targets.loading}>
            {targets.error ? <Alert type="warning" showIcon message={targets.error.message} /> : null}
            {targets.data?.items.length ? (
              <Row gutter={[16, 16]}>
                {targets.data.items.map((t) => (
                  <Col key={t.id} xs={24} sm={12} lg={8}>
                    <Card
                      size="small"
                      title={`${t.indicatorName}（${t.targetYear} 年）`}
                      extra={
                        t.onTrack === null ? null : (
                          <Tag color={t.onTrack ? 'green' : 'orange'}>{t.onTrack ? '进度正常' : '进度落后'}</Tag>
                        )
                      }
                    >
                      {t.percentReached !== null ? (
                        <Chart
                          style={{ height: 180 }}
                          option={{
                            series: [
                              {
                                type: 'gauge',
                                min: 0,
                                max: 100,
                                progress: { show: true, width: 10 },
                                axisLine: { lineStyle: { width: 10 } },
                                splitLine: { show: false },
                                axisTick: { show: false },
                                axisLabel: { show: false },
                                pointer: { show: false },
                                detail: {
                                  valueAnimation: false,
                                  formatter: '{value}%',
                                  fontSize: 20,
                                  offsetCenter: [0, '10%'],
                                },
                                data: [{ value: Math.min(100, Number(t.percentReached)) }],
                              },
                            ],
                          }}
                        />
                      ) : (
                        <Typography.Paragraph type="secondary">
                          {t.reason ?? '平台暂无该指标的数据'}
                        </Typography.Paragraph>
                      )}
                      <Typography.Text type="secondary">
                        目标 {t.unit === 'yuan' ? yuanText(t.targetValue) : t.targetValue}
                        {t.actual !== null ? `，已完成 ${t.unit === 'yuan' ? yuanText(t.actual) : t.actual}` : ''}
                      </Typography.Text>
                    </Card>
                  </Col>
                ))}
              </Row>
            ) : (
              <Empty description="本地区暂无量化的规划目标" />
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
