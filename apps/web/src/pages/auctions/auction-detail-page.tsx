import { Alert, Breadcrumb, Card, Descriptions, Grid, List, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { Bid, BidHistory, ChainVerdict, Lot } from '../../api/types';
import { BackHomeResult } from '../../components/back-home-result';
import { ErrorAlert } from '../../components/error-alert';
import { wanYuan } from '../../format';
import { chinaTime, Countdown, PhaseTag } from './lot-words';

/** While bids may come, the page polls (the live socket is a later step; the page works without it). */
const POLL_MS = 5000;
const live = (l: Lot | undefined) => (l && (l.phase === 'open' || l.phase === 'scheduled') ? POLL_MS : false);

function reserveText(l: Lot): string {
  if (!l.hasReserve) return '不设保留价';
  return l.reservePriceFen ? wanYuan(l.reservePriceFen) : '设有保留价（不公开）';
}

/** One lot for anyone: price, countdown on the server's clock, the bid history and its verification. */
export default function AuctionDetailPage() {
  const { id = '' } = useParams();
  const narrow = !Grid.useBreakpoint().md;
  const lot = useGet<Lot>(`/auctions/${id}`, undefined, { refetchInterval: (d) => live(d as Lot | undefined) });
  const bids = useGet<BidHistory>(`/auctions/${id}/bids`, { limit: 500 }, { refetchInterval: live(lot.data) });
  const verdict = useGet<ChainVerdict>(`/auctions/${id}/bids/verify`, undefined, { refetchInterval: live(lot.data) });
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  useEffect(() => setReceivedAt(Date.now()), [lot.dataUpdatedAt]);

  if (lot.error?.status === 404) return <BackHomeResult status="404" title="竞价标的不存在或尚未发布" />;
  const l = lot.data;
  const history = [...(bids.data?.items ?? [])].reverse();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/auctions">网络竞价</Link> }, { title: l?.title ?? '标的' }]} />
      <ErrorAlert error={lot.error} />
      {l ? (
        <Card title={<span data-testid="lot-title">{l.title}</span>} extra={<PhaseTag phase={l.phase} />}>
          <Space size="large" wrap style={{ marginBottom: 16 }}>
            <Statistic
              title={l.currentPriceFen ? '当前价' : '起拍价'}
              value={wanYuan(l.currentPriceFen ?? l.startingPriceFen)}
              valueRender={() => (
                <span data-testid="lot-price">{wanYuan(l.currentPriceFen ?? l.startingPriceFen)}</span>
              )}
            />
            {l.phase === 'sold' ? <Statistic title="成交价" value={wanYuan(l.hammerPriceFen)} /> : null}
            <Statistic title="时间" value=" " valueRender={() => <Countdown lot={l} receivedAt={receivedAt} />} />
            <Statistic title="出价次数" value={l.bidCount} />
          </Space>
          {l.withdrawReason ? <Alert type="warning" showIcon message={`撤回理由：${l.withdrawReason}`} /> : null}
          <Descriptions column={narrow ? 1 : 2} size="small" bordered>
            <Descriptions.Item label="卖方">{l.sellerName}</Descriptions.Item>
            <Descriptions.Item label="领先者">{l.winner ?? l.leader ?? '暂无出价'}</Descriptions.Item>
            <Descriptions.Item label="起拍价">{wanYuan(l.startingPriceFen)}</Descriptions.Item>
            <Descriptions.Item label="加价幅度">{wanYuan(l.incrementFen)}</Descriptions.Item>
            {live(l) ? (
              <Descriptions.Item label="下次最低出价">{wanYuan(l.nextMinimumBidFen)}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label="保留价">{reserveText(l)}</Descriptions.Item>
            <Descriptions.Item label="保证金">{wanYuan(l.depositFen)}</Descriptions.Item>
            <Descriptions.Item label="竞买人">{l.bidderCount} 家</Descriptions.Item>
            <Descriptions.Item label="开始时间（北京时间）">{chinaTime(l.startsAt)}</Descriptions.Item>
            <Descriptions.Item label="结束时间（北京时间）">
              {chinaTime(l.endsAt)}
              {l.endsAt !== l.scheduledEndsAt ? `（原定 ${chinaTime(l.scheduledEndsAt)}，因延时规则顺延）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="延时规则" span={narrow ? 1 : 2}>
              结束前 {l.antiSnipingMinutes} 分钟内有人出价的，结束时间延长至该出价后 {l.antiSnipingMinutes} 分钟
            </Descriptions.Item>
          </Descriptions>
          {l.description ? (
            <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
              {l.description}
            </Typography.Paragraph>
          ) : null}
        </Card>
      ) : (
        <Card loading />
      )}
      <Card title="出价记录" extra={<ChainText verdict={verdict.data} />}>
        <ErrorAlert error={bids.error} />
        {narrow ? (
          <List
            dataSource={history}
            locale={{ emptyText: '暂无出价' }}
            renderItem={(b: Bid) => (
              <List.Item data-testid="bid-row">
                <List.Item.Meta
                  title={`${b.bidder} 出价 ${wanYuan(b.amountFen)}`}
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
            loading={bids.isPending}
            locale={{ emptyText: '暂无出价' }}
            pagination={history.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            onRow={() => ({ 'data-testid': 'bid-row' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: '序号', dataIndex: 'seq', width: 70 },
              { title: '竞买人', dataIndex: 'bidder' },
              { title: '出价', dataIndex: 'amountFen', align: 'right', render: (v: string) => wanYuan(v) },
              { title: '时间（北京时间）', dataIndex: 'placedAt', render: (v: string) => chinaTime(v) },
            ]}
          />
        )}
      </Card>
    </Space>
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
