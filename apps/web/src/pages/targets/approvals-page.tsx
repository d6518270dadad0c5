import { Card, Table, Tooltip, Typography } from 'antd';
import { send, useAction, usePaged } from '../../api/query';
import type { ReportedFigure } from '../../api/types';
import { useRegionName } from '../../components/reference-data';
import { TargetsNav } from '../../components/targets-nav';
import { RowActionButton } from '../../components/row-action-button';
import { dateTimeText, documentTitle, yuanText } from '../../format';

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

const valueOf = (r: ReportedFigure) =>
  r.unit === 'yuan' ? yuanText(r.value) : r.unit === 'percent' ? `${r.value}%` : r.value;

/** 填报审核: figures of the bureau's subtree waiting for a second person; one's own entries cannot be approved. */
export default function ApprovalsPage() {
  const pending = usePaged<ReportedFigure>('/reported-figures', { status: 'pending' }, 10, (n) => `共 ${n} 条待审核`);
  const approve = useAction((r: ReportedFigure) => send(`/reported-figures/${r.id}/approve`, 'POST'), {
    invalidates: ['reported-figures', 'stats'],
    success: (_r, sent) => `已审核：${sent.indicatorName}（${sent.year}年）`,
  });
  return (
    <Card title="填报审核">
      <TargetsNav />
      <Typography.Paragraph type="secondary">
        科技局工作人员填报的规划指标数据，须由另一位工作人员核对来源后审核，审核通过后计入目标进度；不能审核本人填报的数据。
      </Typography.Paragraph>
      <Table<ReportedFigure>
        rowKey="id"
        size="small"
        scroll={{ x: 900 }}
        {...pending.table}
        locale={{ emptyText: '没有待审核的填报' }}
        columns={[
          { title: '指标', dataIndex: 'indicatorName' },
          { title: '地区', dataIndex: 'regionCode', width: 90, render: (c: string) => <RegionName code={c} /> },
          { title: '年度', dataIndex: 'year', width: 70 },
          { title: '数值', key: 'value', render: (_, r) => valueOf(r) },
          { title: '来源', key: 'source', render: (_, r) => `${r.sourceDepartment}${documentTitle(r.sourceDocument)}` },
          {
            title: '版本',
            key: 'version',
            width: 110,
            render: (_, r) => `第 ${r.version} 版${r.reason ? `：${r.reason}` : ''}`,
          },
          { title: '填报时间', dataIndex: 'enteredAt', render: (v: string) => dateTimeText(v) },
          {
            title: '操作',
            key: 'op',
            fixed: 'right',
            render: (_, r) =>
              r.mine ? (
                <Tooltip title="须由另一位科技局工作人员审核">
                  <Typography.Text type="secondary">本人填报</Typography.Text>
                </Tooltip>
              ) : (
                <RowActionButton type="primary" action={approve} row={r} data-testid={`approve-${r.id}`}>
                  审核通过
                </RowActionButton>
              ),
          },
        ]}
      />
    </Card>
  );
}
