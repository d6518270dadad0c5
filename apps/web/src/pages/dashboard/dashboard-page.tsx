import { Alert, Card, Col, Empty, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useGet } from '../../api/query';
import type { StatsGroupRow, StatsSummary } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { useRegion } from '../../components/reference-data';
import { DashboardToolbar, periodCode, type PeriodKind, type Perspective } from './dashboard-toolbar';
import { contractAmountsAddUp, ROUNDING_NOTE } from '../../../../../libs/shared/money/index.js';
import { rowsInWan, totalInWan, wanLabel } from './stats-amounts';
import { StatsCharts } from './stats-charts';
import { TargetsCard } from './targets-card';
import { PublicSettingCard } from './public-setting-card';

const PERSPECTIVE_NAMES: Record<Perspective, string> = { absorption: '吸纳', output: '输出', registered: '登记' };
const PERSPECTIVE_HINT: Record<Perspective, string> = {
  absorption: '买方在本地区的技术合同',
  output: '卖方在本地区的技术合同',
  registered: '本地区登记机构认定登记的技术合同',
};

/** Bureau statistics: region drill-down, period, 吸纳/输出/登记, charts, targets, exports. */
export default function DashboardPage() {
  const { me } = useAuth();
  const [path, setPath] = useState<{ code: string; name: string }[]>([]);
  const [perspective, setPerspective] = useState<Perspective>('absorption');
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [date, setDate] = useState<Dayjs>(dayjs());
  const home = me?.org.type === 'platform' ? undefined : me?.org.regionCode;
  const region = path.length ? path[path.length - 1]!.code : home;
  const period = periodCode(kind, date);
  const asOf = periodEnd(kind, date);
  const base = { region, period, perspective };
  const homeRegion = useRegion(home);
  const byRegion = useGet<StatsSummary>('/stats/summary', { ...base, groupBy: 'child-region' });
  const total = byRegion.data?.total;
  const error = byRegion.error;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <DashboardToolbar
          rootName={homeRegion.data?.name ?? (home ? home : '全国')}
          path={path}
          onPath={setPath}
          perspective={perspective}
          onPerspective={setPerspective}
          kind={kind}
          onKind={setKind}
          date={date}
          onDate={setDate}
          query={base}
          perspectiveNames={PERSPECTIVE_NAMES}
        />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {PERSPECTIVE_NAMES[perspective]}口径：{PERSPECTIVE_HINT[perspective]}，按认定登记日期统计；金额单位万元。
        </Typography.Paragraph>
      </Card>
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.isPending}>
            <div data-testid="total-contract-amount">
              <Statistic
                title={`${byRegion.data?.period.label ?? period} 合同成交额`}
                value={total ? totalInWan(total.contractAmountFen) : '0.00'}
                suffix="万元"
              />
            </div>
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.isPending}>
            <Statistic title="技术交易额" value={total ? totalInWan(total.techAmountFen) : '0.00'} suffix="万元" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card loading={byRegion.isPending}>
            <div data-testid="total-count">
              <Statistic title="合同数" value={total?.count ?? 0} suffix="项" />
            </div>
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="下级地区（点击钻取）" loading={byRegion.isPending}>
            {byRegion.data?.rows.length ? (
              <RegionTable summary={byRegion.data} onDrill={(r) => setPath([...path, { code: r.key, name: r.name }])} />
            ) : (
              <Empty description="本地区没有下级地区，或本期没有登记的合同" />
            )}
          </Card>
        </Col>
        <StatsCharts base={base} year={date.year()} />
        <Col xs={24}>
          <TargetsCard region={region} asOf={asOf} periodLabel={byRegion.data?.period.label ?? period} />
        </Col>
        {home ? (
          <Col xs={24}>
            <PublicSettingCard regionCode={home} />
          </Col>
        ) : null}
      </Row>
    </Space>
  );
}

/** The last day of the period viewed, or today while it runs: the date targets are judged on. */
function periodEnd(kind: PeriodKind, d: Dayjs): string {
  const end =
    kind === 'month'
      ? d.endOf('month')
      : kind === 'quarter'
        ? d
            .startOf('month')
            .month(Math.floor(d.month() / 3) * 3 + 2)
            .endOf('month')
        : d.endOf('year');
  const today = dayjs();
  return (end.isAfter(today) ? today : end).format('YYYY-MM-DD');
}

/**
 * The child regions with their sums, each region's figure as it reads in its own view; the 合计 is
 * the exact total, rounded once — with a note when the rounded rows do not add up to it.
 */
function RegionTable({ summary, onDrill }: { summary: StatsSummary; onDrill(r: StatsGroupRow): void }) {
  const { rows, total } = summary;
  const contract = rowsInWan(rows, 'contractAmountFen');
  const tech = rowsInWan(rows, 'techAmountFen');
  const index = new Map(rows.map((r, i) => [r, i]));
  const exact = contractAmountsAddUp(rows, total);
  return (
    <>
      <Table<StatsGroupRow>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        // figures stay on one line; on a phone the table scrolls sideways inside its card
        className="nowrap-table"
        scroll={{ x: 450, y: 280 }}
        onRow={(r) => ({ onClick: () => onDrill(r), style: { cursor: 'pointer' } })}
        columns={[
          { title: '地区', dataIndex: 'name', width: 110, ellipsis: true },
          { title: '合同数', dataIndex: 'count', align: 'right', width: 70 },
          {
            title: '成交额',
            key: 'contract',
            align: 'right',
            width: 135,
            render: (_, r) => wanLabel(contract[index.get(r)!]!),
          },
          {
            title: '技术交易额',
            key: 'tech',
            align: 'right',
            width: 135,
            render: (_, r) => wanLabel(tech[index.get(r)!]!),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {total.count}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {wanLabel(totalInWan(total.contractAmountFen))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {wanLabel(totalInWan(total.techAmountFen))}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      {exact ? null : (
        <Typography.Text type="secondary" data-testid="rounding-note" style={{ display: 'block', marginTop: 8 }}>
          {ROUNDING_NOTE}
        </Typography.Text>
      )}
    </>
  );
}
