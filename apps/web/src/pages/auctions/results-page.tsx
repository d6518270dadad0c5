import { Card, Grid, List, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { AuctionResult } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';
import { wanYuan } from '../../format';
import { chinaTime } from './lot-words';

const outcome = (r: AuctionResult) => (r.status === 'sold' ? <Tag color="gold">成交</Tag> : <Tag>流拍</Tag>);
const buyer = (r: AuctionResult) => (r.status !== 'sold' ? '—' : (r.winner ?? '不公布'));

/** 成交公告: every closed lot, its hammer price and buyer (unless the seller chose not to name it), for anyone. */
export default function AuctionResultsPage() {
  const narrow = !Grid.useBreakpoint().md;
  const list = usePaged<AuctionResult>('/auctions/results', {}, 20);
  const empty = <EmptyState title="暂无成交公告" hint="竞价结束后，成交价和买受人在此公布。" />;
  return (
    <Card title="成交公告">
      <Typography.Paragraph type="secondary">
        网络竞价结束后的结果：成交的公布成交价和买受人（卖方选择不公布买受人名称的除外），未达保留价或无人出价的为流拍。
      </Typography.Paragraph>
      <ErrorAlert error={list.error} />
      {narrow ? (
        <List
          loading={list.table.loading}
          dataSource={list.table.dataSource}
          locale={{ emptyText: empty }}
          pagination={(list.data?.total ?? 0) > 20 ? { ...list.table.pagination, size: 'small' } : false}
          renderItem={(r) => (
            <List.Item data-testid="result-item">
              <List.Item.Meta
                title={<Link to={`/auctions/${r.lotId}`}>{r.title}</Link>}
                description={
                  <>
                    <div>卖方：{r.sellerName}</div>
                    <div>
                      {outcome(r)}
                      {r.status === 'sold' ? `成交价 ${wanYuan(r.hammerPriceFen)} · 买受人 ${buyer(r)}` : '未成交'}
                    </div>
                    <div>结束于 {chinaTime(r.closedAt)}</div>
                  </>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<AuctionResult>
          rowKey="lotId"
          {...list.table}
          pagination={{ ...list.table.pagination, showSizeChanger: false }}
          locale={{ emptyText: empty }}
          onRow={() => ({ 'data-testid': 'result-item' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              title: '标的',
              dataIndex: 'title',
              render: (t: string, r) => <Link to={`/auctions/${r.lotId}`}>{t}</Link>,
            },
            { title: '卖方', dataIndex: 'sellerName', width: 220 },
            { title: '结果', dataIndex: 'status', width: 80, render: (_, r) => outcome(r) },
            {
              title: '成交价',
              dataIndex: 'hammerPriceFen',
              align: 'right',
              width: 140,
              render: (v: string | null) => (v ? wanYuan(v) : '—'),
            },
            { title: '买受人', key: 'buyer', width: 220, render: (_, r) => buyer(r) },
            { title: '出价次数', dataIndex: 'bidCount', align: 'right', width: 90 },
            { title: '结束时间（北京时间）', dataIndex: 'closedAt', width: 190, render: (v: string) => chinaTime(v) },
          ]}
        />
      )}
    </Card>
  );
}
