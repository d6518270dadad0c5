import { Button, Card, Col, Empty, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { TargetProgress, TargetsResult } from '../../api/types';
import { Chart } from '../../components/chart';
import { ErrorAlert } from '../../components/error-alert';
import { yuanText } from '../../format';
import { REGISTRY_KINDS } from '../../components/registry-kinds';

/** 规划目标完成进度: each quantified target of the region's plans, as of the end of the period viewed. */
export function TargetsCard({ region, asOf, periodLabel }: { region?: string; asOf: string; periodLabel: string }) {
  const targets = useGet<TargetsResult>('/stats/targets', { region, asOf });
  return (
    <Card title={`规划目标完成进度（截至${dateLabel(asOf)}）`} loading={targets.isPending} data-testid="targets-card">
      <ErrorAlert error={targets.error} type="warning" />
      <Typography.Paragraph type="secondary">
        每项目标只在其目标期内判断进度（按已过时间）；目标期已结束的显示期末结果。当前查看：{periodLabel}。
      </Typography.Paragraph>
      <Space size={16} wrap style={{ marginBottom: 16 }}>
        <Link to="/targets/manage">管理规划目标</Link>
        <Link to="/targets/approvals">填报审核</Link>
        <Link to="/targets/registries">名录登记</Link>
      </Space>
      {targets.data?.items.length ? (
        <Row gutter={[16, 16]}>
          {targets.data.items.map((t) => (
            <Col key={t.id} xs={24} sm={12} lg={8}>
              <Target target={t} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="本地区暂无量化的规划目标" />
      )}
    </Card>
  );
}

const dateLabel = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
const monthLabel = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

/** A value in the target's unit: 100亿元 / 300项 / 3.5%. */
export function valueText(t: TargetProgress, v: string): string {
  if (t.unit === 'yuan') return yuanText(v);
  if (t.unit === 'percent') return `${v}%`;
  return `${v} ${t.countWord ?? ''}`;
}

const COMPARISON: Record<TargetProgress['comparison'], string> = { gt: '超过', gte: '不少于', eq: '达到' };

/** What the plan asks, with its period: 2023—2025年累计不少于300 项. */
export function goalText(t: TargetProgress): string {
  return `${periodText(t)}${t.lowerIsBetter ? '不超过' : COMPARISON[t.comparison]}${valueText(t, t.targetValue)}`;
}

function periodText(t: TargetProgress): string {
  if (t.accumulation === 'annual') return `${t.targetYear}年`;
  if (t.accumulation === 'cumulative') return `${t.fromYear}—${t.targetYear}年累计`;
  return t.fromYear === t.targetYear ? `${t.targetYear}年` : `${t.fromYear}—${t.targetYear}年，至${t.targetYear}年末`;
}

const STATUS: Record<TargetProgress['status'], { color: string; open: string; closed?: string }> = {
  not_started: { color: 'default', open: '未开始' },
  on_track: { color: 'green', open: '进度正常' },
  behind: { color: 'orange', open: '进度落后' },
  achieved: { color: 'green', open: '已达成', closed: '期末已达成' },
  missed: { color: 'red', open: '未达成', closed: '期末未达成' },
  awaiting: { color: 'blue', open: '待填报' },
};

/** Where a reported figure is entered, with the target's region, indicator and last year filled in. */
export function entryPath(t: TargetProgress): string {
  const q = new URLSearchParams({ region: t.regionCode, indicator: t.indicatorCode, year: String(t.targetYear) });
  return `/targets/report?${q.toString()}`;
}

function Target({ target: t }: { target: TargetProgress }) {
  const s = STATUS[t.status];
  const statusText = t.closed ? (s.closed ?? s.open) : s.open;
  return (
    <Card
      size="small"
      data-testid={`target-${t.indicatorCode}`}
      title={<div style={{ whiteSpace: 'normal', padding: '6px 0' }}>{t.indicatorName}</div>}
      extra={<Tag color={s.color}>{statusText}</Tag>}
    >
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text>目标：{goalText(t)}</Typography.Text>
        {t.percentReached !== null ? (
          <Chart
            style={{ height: 150 }}
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
                  detail: { valueAnimation: false, formatter: '{value}%', fontSize: 20, offsetCenter: [0, '10%'] },
                  data: [{ value: Math.min(100, Number(t.percentReached)) }],
                },
              ],
            }}
          />
        ) : null}
        {t.actual !== null ? (
          <Typography.Text strong>
            {t.closed ? `期末（${monthLabel(t.toMonth)}）实际` : `截至目前实际`}：{valueText(t, t.actual)}
            {t.percentReached !== null ? `，完成 ${t.percentReached}%` : ''}
          </Typography.Text>
        ) : t.awaiting ? (
          <Space wrap>
            <Typography.Text type="secondary">待{t.awaiting.roleName}填报</Typography.Text>
            <Link to={entryPath(t)}>
              <Button size="small" type="primary" data-testid={`enter-${t.indicatorCode}`}>
                填报数据
              </Button>
            </Link>
          </Space>
        ) : null}
        {t.source.measure && t.source.measure in REGISTRY_KINDS ? (
          <Link to={`/targets/registries?kind=${t.source.measure}`} data-testid={`registry-${t.indicatorCode}`}>
            查看或登记名录
          </Link>
        ) : null}
        {t.status === 'not_started' ? (
          <Typography.Text type="secondary">目标期自{monthLabel(t.fromMonth)}开始</Typography.Text>
        ) : null}
        {t.projection ? (
          <Typography.Text type="secondary">
            期末推算：{valueText(t, t.projection.value)}（{t.projection.methodText}，已过 {t.elapsedMonths}/
            {t.totalMonths} 个月）
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          数据来源：{t.source.label}
          {t.source.kind === 'reported' && t.source.parts.length ? `：${t.source.parts.join('；')}` : ''}
        </Typography.Text>
      </Space>
    </Card>
  );
}
