import { Space, Table, Typography } from 'antd';
import { useGet } from '../../api/query';
import type { PolicyTarget, TargetHistory as History } from '../../api/types';
import { dateTimeText } from '../../format';
import { COMPARISON, periodOf, valueOf } from './target-fields';

/** A target's revisions: each earlier value with the reason it was revised. */
export function TargetHistory({ target }: { target: PolicyTarget }) {
  const history = useGet<History>(`/targets/${target.id}/history`);
  const t = history.data?.target ?? target;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>
        当前（第 {t.version} 版）：{periodOf(t)}
        {COMPARISON[t.comparison]}
        {valueOf(t.unit, t.value)}
      </Typography.Text>
      <Table
        rowKey="version"
        size="small"
        loading={history.isPending}
        pagination={false}
        dataSource={history.data?.revisions ?? []}
        locale={{ emptyText: '尚未修订' }}
        columns={[
          { title: '版本', dataIndex: 'version', width: 60 },
          {
            title: '原目标',
            key: 'old',
            render: (_, r) => `${periodOf(r)}${COMPARISON[r.comparison] ?? ''}${valueOf(t.unit, r.value)}`,
          },
          { title: '修订原因', dataIndex: 'reason' },
          { title: '修订时间', dataIndex: 'revisedAt', render: (v: string) => dateTimeText(v) },
        ]}
      />
    </Space>
  );
}
