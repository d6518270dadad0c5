import { Card, List, Table } from 'antd';
import type { ApiError } from '../../api/client';
import type { Bid, BidHistory, ChainVerdict } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { wanYuan, chinaTime } from '../../format';

/** The lot's bids, the latest first, and whether the hash chain verifies. */
export function LotHistory({
  bids,
  error,
  loading,
  verdict,
  narrow,
}: {
  bids: BidHistory | undefined;
  error: ApiError | null;
  loading: boolean;
  verdict: ChainVerdict | undefined;
  narrow: boolean;
}) {
  const history = [...(bids?.items ?? [])].reverse();
  const who = (b: Bid) => (b.mine ? `${b.bidder}（本机构）` : b.bidder);
  return (
    <Card title="出价记录" extra={<ChainText verdict={verdict} />}>
      <ErrorAlert error={error} />
      {narrow ? (
        <List
          dataSource={history}
          locale={{ emptyText: '暂无出价' }}
          renderItem={(b: Bid) => (
            <List.Item data-testid="bid-row">
              <List.Item.Meta
                title={`${who(b)} 出价 ${wanYuan(b.amountFen)}`}
                description={`第 ${b.seq} 次 · ${chinaTime(b.placedAt)}`}
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<Bid>
          rowKey="seq"
          size="small"
          dataSource={history}
          loading={loading}
          locale={{ emptyText: '暂无出价' }}
          pagination={history.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          onRow={() => ({ 'data-testid': 'bid-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 70 },
            { title: '竞买人', dataIndex: 'bidder', render: (_: string, b: Bid) => who(b) },
            { title: '出价', dataIndex: 'amountFen', align: 'right', render: (v: string) => wanYuan(v) },
            { title: '时间（北京时间）', dataIndex: 'placedAt', render: (v: string) => chinaTime(v) },
          ]}
        />
      )}
    </Card>
  );
}

function ChainText({ verdict }: { verdict: ChainVerdict | undefined }) {
  if (!verdict) return null;
  return (
    <span data-testid="chain-verdict">
      {verdict.valid
        ? `出价记录核验通过（${verdict.count} 条）`
        : `出价记录核验未通过：第 ${verdict.firstBrokenSeq} 次出价起记录不一致`}
    </span>
  );
}
