import { Card, Col, Empty, Row, Tag, Typography } from 'antd';
import { useGet } from '../../api/query';
import type { TargetProgress, TargetsResult } from '../../api/types';
import { Chart } from '../../components/chart';
import { ErrorAlert } from '../../components/error-alert';
import { yuanText } from '../../format';

/** 规划目标完成进度: each quantified target of the region's plans, with a gauge where the ledger can measure it. */
export function TargetsCard({ region }: { region?: string }) {
  const targets = useGet<TargetsResult>('/stats/targets', { region });
  return (
    <Card title="规划目标完成进度" loading={targets.isPending}>
      <ErrorAlert error={targets.error} type="warning" />
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

const amount = (t: TargetProgress, v: string) => (t.unit === 'yuan' ? yuanText(v) : v);

function Target({ target: t }: { target: TargetProgress }) {
  return (
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
                detail: { valueAnimation: false, formatter: '{value}%', fontSize: 20, offsetCenter: [0, '10%'] },
                data: [{ value: Math.min(100, Number(t.percentReached)) }],
              },
            ],
          }}
        />
      ) : (
        <Typography.Paragraph type="secondary">{t.reason ?? '平台暂无该指标的数据'}</Typography.Paragraph>
      )}
      <Typography.Text type="secondary">
        目标 {amount(t, t.targetValue)}
        {t.actual !== null ? `，已完成 ${amount(t, t.actual)}` : ''}
      </Typography.Text>
    </Card>
  );
}
