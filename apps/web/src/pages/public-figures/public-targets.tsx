import { Card, Col, Empty, Progress, Row, Space, Tag, Typography } from 'antd';
import type { PublicTarget } from '../../api/types';
import { goalText, valueText } from '../dashboard/targets-card';
import { documentTitle } from '../../format';

const STATUS: Record<PublicTarget['status'], { color: string; text: string }> = {
  not_started: { color: 'default', text: '未开始' },
  on_track: { color: 'green', text: '进度正常' },
  behind: { color: 'orange', text: '进度落后' },
  achieved: { color: 'green', text: '已达成' },
  missed: { color: 'red', text: '未达成' },
  awaiting: { color: 'default', text: '数据待更新' },
};

/** The plans' targets of the region with their progress, as the bureau's dashboard judges them. */
export function PublicTargets({ targets }: { targets: PublicTarget[] }) {
  return (
    <Card title="规划目标完成进度">
      {targets.length ? (
        <Row gutter={[16, 16]}>
          {targets.map((t) => (
            <Col key={t.id} xs={24} md={12} lg={8}>
              <Card size="small" data-testid={`public-target-${t.indicatorCode}`}>
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
                    <Typography.Text strong>{t.indicatorName}</Typography.Text>
                    <Tag color={STATUS[t.status].color}>{STATUS[t.status].text}</Tag>
                  </Space>
                  <Typography.Text type="secondary">目标：{goalText(t)}</Typography.Text>
                  {t.percentReached !== null ? (
                    <Progress percent={Math.min(100, Number(t.percentReached))} format={() => `${t.percentReached}%`} />
                  ) : null}
                  <Typography.Text>
                    {t.withheld
                      ? '实际：合同不足3项，不公开'
                      : t.actual !== null
                        ? `${t.closed ? '期末实际' : '截至目前'}：${valueText(t, t.actual)}`
                        : '实际：数据待更新'}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    依据：{documentTitle(t.sourceDoc)}；数据来源：{t.source.label}
                  </Typography.Text>
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="本地区暂无量化的规划目标" />
      )}
    </Card>
  );
}
