import { Card, Grid, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { RegionReport, ReportContractRow, ReportOrganisation, ReportTarget } from '../../api/types';
import { contractAmountsAddUp, ROUNDING_NOTE } from '../../../../../libs/shared/money/index.js';
import { wanFigure } from '../../format';

const PERSPECTIVES = [
  ['absorption', '吸纳（按买方所在地）'],
  ['output', '输出（按卖方所在地）'],
  ['registered', '登记（按登记机构所在地）'],
] as const;

const num = { align: 'right' as const };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <Card title={title} size="small" className="report-section" data-testid={testId}>
      {children}
    </Card>
  );
}

type CountRow = { key: string; name: string; count: number | null };

function Counts({ rows, keyTitle, countTitle }: { rows: CountRow[]; keyTitle: string; countTitle: string }) {
  return (
    <Table<CountRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: keyTitle, dataIndex: 'name' },
        {
          title: countTitle,
          dataIndex: 'count',
          ...num,
          width: 140,
          render: (v: number | null) => (v === null ? '—' : v),
        },
      ]}
    />
  );
}

function Contracts({ rows, keyTitle, report }: { rows: ReportContractRow[]; keyTitle: string; report: RegionReport }) {
  const total: ReportContractRow = { key: '__total', name: '合计', ...report.contractTotals };
  // A phone shows the names and the first figures, and scrolls sideways for the rest: the names
  // stay (fixed, narrower), and each group's heading starts at its left edge, where it is seen.
  // The figures' columns are as wide as their one-line titles (合同成交额（万元）).
  const narrow = !Grid.useBreakpoint().md;
  const columns: ColumnsType<ReportContractRow> = [
    { title: keyTitle, dataIndex: 'name', fixed: 'left', width: narrow ? 110 : 150 },
    ...PERSPECTIVES.map(([p, label]) => ({
      title: label,
      ...(narrow ? { align: 'left' as const } : {}),
      children: [
        {
          title: '合同数（项）',
          key: `${p}-n`,
          ...num,
          width: 100,
          render: (_: unknown, r: ReportContractRow) => r[p].count,
        },
        {
          title: '合同成交额（万元）',
          key: `${p}-a`,
          ...num,
          width: 140,
          render: (_: unknown, r: ReportContractRow) => wanFigure(r[p].contractAmountFen),
        },
        {
          title: '技术交易额（万元）',
          key: `${p}-t`,
          ...num,
          width: 140,
          render: (_: unknown, r: ReportContractRow) => wanFigure(r[p].techAmountFen),
        },
      ],
    })),
  ];
  // each row and the 合计 rounded from their own fen (as in the PDF and XLSX): say so where they do not add up
  const exact = PERSPECTIVES.every(([p]) =>
    contractAmountsAddUp(
      rows.map((r) => r[p]),
      total[p],
    ),
  );
  return (
    <>
      <Table<ReportContractRow>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={[...rows, total]}
        columns={columns}
        scroll={{ x: narrow ? 1250 : 1290 }}
        onRow={(r) => (r.key === '__total' ? { style: { fontWeight: 600 } } : {})}
      />
      {exact ? null : (
        <Typography.Text type="secondary" data-testid="rounding-note" style={{ display: 'block', marginTop: 8 }}>
          {ROUNDING_NOTE}
        </Typography.Text>
      )}
    </>
  );
}

function Organisations({ rows }: { rows: ReportOrganisation[] }) {
  return (
    <Table<ReportOrganisation>
      size="small"
      pagination={false}
      rowKey="rank"
      dataSource={rows}
      locale={{ emptyText: '本期无' }}
      scroll={{ x: 640 }}
      columns={[
        { title: '名次', dataIndex: 'rank', width: 60 },
        { title: '单位', dataIndex: 'name' },
        { title: '合同数（项）', dataIndex: 'count', ...num, width: 110 },
        { title: '合同成交额（万元）', key: 'a', ...num, width: 160, render: (_, r) => wanFigure(r.contractAmountFen) },
        { title: '技术交易额（万元）', key: 't', ...num, width: 160, render: (_, r) => wanFigure(r.techAmountFen) },
      ]}
    />
  );
}

const STATUS_COLOR: Record<ReportTarget['status'], string> = {
  not_started: 'default',
  on_track: 'green',
  behind: 'orange',
  achieved: 'green',
  missed: 'red',
  awaiting: 'blue',
};

function Targets({ rows }: { rows: ReportTarget[] }) {
  return (
    <Table<ReportTarget>
      size="small"
      pagination={false}
      rowKey={(t) => `${t.indicatorName}-${t.goal}`}
      dataSource={rows}
      locale={{ emptyText: '本地区本期无规划目标' }}
      scroll={{ x: 900 }}
      columns={[
        { title: '指标', dataIndex: 'indicatorName', width: 220 },
        { title: '目标', dataIndex: 'goal', width: 220 },
        { title: '实际', dataIndex: 'actual', width: 120, render: (v: string | null) => v ?? '待填报' },
        {
          title: '完成率',
          dataIndex: 'percentReached',
          ...num,
          width: 90,
          render: (v: string | null) => (v === null ? '—' : `${v}%`),
        },
        {
          title: '状态',
          dataIndex: 'statusText',
          width: 110,
          render: (v: string, t) => <Tag color={STATUS_COLOR[t.status]}>{v}</Tag>,
        },
        { title: '数据来源', dataIndex: 'source' },
      ]}
    />
  );
}

/** The report's sections, in the order of the XLSX sheets and the PDF. */
export function ReportSections({ report: r }: { report: RegionReport }) {
  const periodTargets = r.targets.filter((t) => t.group === 'period');
  const spanTargets = r.targets.filter((t) => t.group === 'span');
  return (
    <>
      <Section title="一、需求与成果发布" testId="report-listings">
        <Counts
          keyTitle="项目"
          countTitle="数量（项）"
          rows={[
            { key: 'needs', name: '征集发布技术需求', count: r.needsCollected },
            { key: 'achievements', name: '登记发布科技成果', count: r.achievementsRegistered },
          ]}
        />
      </Section>
      <Section title="二、匹配推送与反馈" testId="report-matching">
        <Counts
          keyTitle="项目"
          countTitle="数量（条）"
          rows={[
            { key: 'matches', name: '匹配推送（对接提醒）', count: r.matchesMade },
            ...r.matchFeedback.map((f) => ({ ...f, name: `反馈：${f.name}` })),
          ]}
        />
      </Section>
      <Section title="三、对接项目（期内进入各阶段的项目数）与路演活动" testId="report-deals">
        <Counts keyTitle="阶段" countTitle="项目数" rows={r.dealsByStage} />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          路演活动（期内举办）
        </Typography.Title>
        <Counts keyTitle="项目" countTitle="数量" rows={r.roadshows} />
      </Section>
      <Section title="四、技术合同（按合同类型）" testId="report-by-type">
        <Contracts rows={r.byType} keyTitle="合同类型" report={r} />
      </Section>
      <Section title="五、技术合同（按技术领域）" testId="report-by-field">
        <Contracts rows={r.byField} keyTitle="技术领域" report={r} />
      </Section>
      <Section title="六、主要单位（按合同成交额）" testId="report-organisations">
        <Typography.Title level={5}>输出方（卖方在本地区）</Typography.Title>
        <Organisations rows={r.topSellers} />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          吸纳方（买方在本地区）
        </Typography.Title>
        <Organisations rows={r.topBuyers} />
      </Section>
      <Section title={`七、规划目标进度（截至 ${r.targetsAsOf}）`} testId="report-targets">
        {r.kind === 'annual' ? (
          <>
            <Typography.Title level={5}>年度目标</Typography.Title>
            <Targets rows={periodTargets} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              累计及跨年度目标
            </Typography.Title>
            <Targets rows={spanTargets} />
          </>
        ) : (
          <Targets rows={r.targets} />
        )}
      </Section>
    </>
  );
}
