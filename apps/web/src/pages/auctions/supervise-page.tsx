import { Card, Checkbox, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { SupervisedLot } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';
import { wanYuan, chinaTime } from '../../format';
import { LotRegistrations } from './lot-registrations';
import { PhaseTag } from './lot-words';
import { useWaiting, waitingLabel } from '../../components/waiting-counts';

/**
 * 竞价监管 (a bureau): the lots of sellers in its region subtree now in auction, those with
 * deposits to confirm first; a row opens its bidders (by name) with the confirmation of each
 * deposit against the bank slip.
 */
export default function SupervisePage() {
  const [pendingOnly, setPendingOnly] = useState(false);
  const list = usePaged<SupervisedLot>('/auctions/supervised', { pendingOnly }, 20);
  const waiting = useWaiting('deposits');
  return (
    <Card
      title="竞价监管"
      extra={
        <Checkbox checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)}>
          {waitingLabel('只看有保证金待确认的', waiting, 'waiting-deposits')}
        </Checkbox>
      }
    >
      <Typography.Paragraph type="secondary">
        本辖区卖方的竞价标的：核对竞买人的银行回单后确认保证金，确认后方可出价。平台只记录确认，不收付资金。
      </Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table<SupervisedLot>
        rowKey="lotId"
        {...list.table}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState title="本辖区暂无竞价中的标的" /> }}
        expandable={{
          expandedRowRender: (l) => <LotRegistrations lotId={l.lotId} canConfirm />,
          expandRowByClick: true,
        }}
        onRow={() => ({ 'data-testid': 'supervised-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '标的', dataIndex: 'title', render: (t: string, l) => <Link to={`/auctions/${l.lotId}`}>{t}</Link> },
          { title: '卖方', dataIndex: 'sellerName', width: 200 },
          { title: '状态', dataIndex: 'phase', width: 150, render: (_, l) => <PhaseTag phase={l.phase} /> },
          { title: '保证金', dataIndex: 'depositFen', align: 'right', width: 120, render: (v: string) => wanYuan(v) },
          { title: '竞买人', dataIndex: 'bidderCount', width: 80, render: (n: number) => `${n} 家` },
          {
            title: '待确认',
            dataIndex: 'pendingDeposits',
            width: 90,
            render: (n: number) => (n ? <Tag color="orange">{n} 家</Tag> : '无'),
          },
          { title: '结束（北京时间）', dataIndex: 'endsAt', width: 180, render: (v: string) => chinaTime(v) },
        ]}
      />
    </Card>
  );
}
