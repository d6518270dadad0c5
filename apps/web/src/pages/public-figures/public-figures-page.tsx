import { Breadcrumb, Card, Col, Empty, List, Row, Space, Statistic, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { PublicFigures, PublicRegion, PublicTotals } from '../../api/types';
import { BackHomeResult } from '../../components/back-home-result';
import { ErrorAlert } from '../../components/error-alert';
import { dateText } from '../../format';
import { totalInWan, wanLabel } from '../dashboard/stats-amounts';
import { PublicTargets } from './public-targets';
import { PublicTrend } from './public-trend';

const NAMES = { absorption: '吸纳', output: '输出' } as const;
const HINTS = { absorption: '本地区企业等买方购买的技术', output: '本地区高校、院所和企业卖出的技术' } as const;

/** 指标公开: the figures a bureau publishes, for anyone, without login; the list of publishing regions. */
export default function PublicFiguresPage() {
  const { regionCode } = useParams();
  return regionCode ? <RegionFigures regionCode={regionCode} /> : <PublishingRegions />;
}

function PublishingRegions() {
  const regions = useGet<PublicRegion[]>('/public/figures');
  return (
    <Card title="科技成果转化指标公开">
      <Typography.Paragraph type="secondary">
        以下地区的科技局公开了本地区技术合同成交额、规划目标完成进度等汇总指标，数据来自技术合同认定登记，随登记实时更新。
      </Typography.Paragraph>
      <ErrorAlert error={regions.error} />
      <List
        loading={regions.isPending}
        dataSource={regions.data ?? []}
        locale={{ emptyText: <Empty description="暂无地区公开指标" /> }}
        renderItem={(r) => (
          <List.Item>
            <Link to={`/figures/${r.code}`}>{r.name}科技成果转化指标</Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

function RegionFigures({ regionCode }: { regionCode: string }) {
  const q = useGet<PublicFigures>(`/public/figures/${regionCode}`);
  if (q.error?.status === 404 || (q.error?.status === 400 && q.error.code === 'VALIDATION_FAILED'))
    return (
      <BackHomeResult status="404" title="该地区未公开指标" subTitle="该地区科技局尚未向社会公开科技成果转化指标。" />
    );
  const f = q.data;
  const year = f ? Number(f.asOf.slice(0, 4)) : new Date().getFullYear();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/figures">指标公开</Link> }, { title: f?.region.name ?? '' }]} />
      <Card loading={q.isPending}>
        <ErrorAlert error={q.error} />
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-title">
          {f?.region.name}科技成果转化指标
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          数据截至{f ? dateText(f.asOf) : ''}
          ，来自技术合同认定登记（按登记日期统计），金额单位万元。为保护合同当事人的商业秘密，合同不足
          {f?.minContracts ?? 3} 项的金额不公开。
        </Typography.Paragraph>
      </Card>
      {f ? (
        <>
          <Row gutter={[16, 16]}>
            {f.perspectives.map((p) => {
              const [last, current] = p.years;
              return (
                <Col key={p.perspective} xs={24} md={12}>
                  <Card
                    title={`技术${NAMES[p.perspective]}`}
                    extra={<Typography.Text type="secondary">{HINTS[p.perspective]}</Typography.Text>}
                  >
                    <Row gutter={16}>
                      <Col span={14}>
                        <Amount
                          title={`${year}年以来合同成交额`}
                          totals={current!.total}
                          testId={`public-${p.perspective}-amount`}
                        />
                      </Col>
                      <Col span={10}>
                        <Statistic title="合同数" value={current!.total.count} suffix="项" />
                      </Col>
                    </Row>
                    <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
                      {year - 1}年全年：{amountText(last!.total)}，{last!.total.count} 项
                    </Typography.Paragraph>
                  </Card>
                </Col>
              );
            })}
          </Row>
          <PublicTrend figures={f} names={NAMES} />
          <PublicTargets targets={f.targets} />
        </>
      ) : null}
    </Space>
  );
}

function Amount({ title, totals, testId }: { title: string; totals: PublicTotals; testId: string }) {
  return (
    <div data-testid={testId}>
      {totals.contractAmountFen === null ? (
        <Statistic title={title} value="不足3项，不公开" valueStyle={{ fontSize: 16 }} />
      ) : (
        // one text, "1,492.69 万元", as every amount of the page reads (a suffix has no space in it)
        <Statistic title={title} value={amountText(totals)} />
      )}
    </div>
  );
}

export const amountText = (t: PublicTotals): string =>
  t.contractAmountFen === null ? '金额不公开（不足3项）' : wanLabel(totalInWan(t.contractAmountFen));
