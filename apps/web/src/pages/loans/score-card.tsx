import { Alert, Descriptions, Skeleton, Statistic, Table, Typography } from 'antd';
import { useGet } from '../../api/query';
import type { InnovationScore } from '../../api/types';

/** An enterprise's 创新积分: the score, the formula version it was computed with, and every input with its points. */
export function ScoreCard({ enterpriseOrgId }: { enterpriseOrgId: string }) {
  const score = useGet<InnovationScore>(`/innovation-scores/${enterpriseOrgId}`);
  if (score.error) return <Alert type="error" showIcon message={score.error.message} />;
  const s = score.data;
  if (!s) return <Skeleton active />;
  return (
    <div data-testid="innovation-score">
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="企业">{s.enterpriseName}</Descriptions.Item>
        <Descriptions.Item label="公式版本">
          第 {s.version} 版{s.version === s.currentVersion ? '（当前）' : ''}：{s.versionNote}
        </Descriptions.Item>
      </Descriptions>
      <Statistic title="创新积分" value={s.score} suffix="分" data-testid="score-value" />
      <Table
        rowKey="input"
        size="small"
        pagination={false}
        style={{ marginTop: 12 }}
        scroll={{ x: 720 }}
        dataSource={s.lines}
        columns={[
          { title: '积分项', dataIndex: 'name', width: 150 },
          // The points and the input first: on a phone the rest scrolls sideways.
          { title: '得分', dataIndex: 'points', width: 60 },
          { title: '输入', dataIndex: 'valueText', width: 120 },
          { title: '计分规则', dataIndex: 'weightText', width: 200 },
          {
            title: '数据来源',
            dataIndex: 'source',
            width: 240,
            render: (t: string) => <Typography.Text type="secondary">{t}</Typography.Text>,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        积分按公示的公式由平台记录计算：输入不变，积分不变；发布新版本公式不改变按旧版本计算的结果。
      </Typography.Paragraph>
    </div>
  );
}
