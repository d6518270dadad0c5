import { Alert, Breadcrumb, Card, Descriptions, Grid, Space, Statistic, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { BidHistory, ChainVerdict, Lot } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { BackHomeResult } from '../../components/back-home-result';
import { ErrorAlert } from '../../components/error-alert';
import { wanYuan, chinaTime } from '../../format';
import { LotBidBox } from './lot-bid-box';
import { LotHistory } from './lot-history';
import { LotRegistration } from './lot-register';
import { Countdown, PhaseTag } from './lot-words';
import { HISTORY_QUERY, useLiveLot } from './use-live-lot';

/** While bids may come and the live socket is down, the page polls: it works without the socket. */
const POLL_MS = 5000;
const running = (l: Lot | undefined) => !!l && (l.phase === 'open' || l.phase === 'scheduled');

/** The leader (or winner) as this reader may see it, marked when it is the reader's own organisation. */
function leaderText(l: Lot): string {
  const who = l.winner ?? l.leader;
  if (!who) return '暂无出价';
  return l.myRegistration && who === `竞买人 ${l.myRegistration.bidderNo}` ? `${who}（本机构）` : who;
}

/** The one price a lot's head shows: 成交价 once sold, the highest bid otherwise, else where it starts. */
function priceTitle(l: Lot): string {
  if (l.phase === 'sold') return '成交价';
  if (!l.currentPriceFen) return '起拍价';
  return running(l) ? '当前价' : '最高出价';
}
const priceOf = (l: Lot) => (l.phase === 'sold' ? l.hammerPriceFen : null) ?? l.currentPriceFen ?? l.startingPriceFen;

function reserveText(l: Lot): string {
  if (!l.hasReserve) return '不设保留价';
  return l.reservePriceFen ? wanYuan(l.reservePriceFen) : '设有保留价（不公开）';
}

/**
 * One lot for anyone: price, countdown on the server's clock, the bid history and its
 * verification, live over the socket (polling while it is down); for a signed-in organisation
 * registration, and the bid box once its deposit is confirmed.
 */
export default function AuctionDetailPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const narrow = !Grid.useBreakpoint().md;
  const [socketLive, setSocketLive] = useState(false);
  const poll = (l: Lot | undefined) => (running(l) && !socketLive ? POLL_MS : false);
  const lot = useGet<Lot>(`/auctions/${id}`, undefined, { refetchInterval: (d) => poll(d as Lot | undefined) });
  const bids = useGet<BidHistory>(`/auctions/${id}/bids`, HISTORY_QUERY, { refetchInterval: poll(lot.data) });
  const verdict = useGet<ChainVerdict>(`/auctions/${id}/bids/verify`, undefined, { refetchInterval: poll(lot.data) });
  const live = useLiveLot(id, running(lot.data), lot.data?.myRegistration?.bidderNo ?? null);
  useEffect(() => setSocketLive(live), [live]);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  useEffect(() => setReceivedAt(Date.now()), [lot.dataUpdatedAt]);
  // The start and the end are moments, not events: read the lot again when one passes (on the
  // server's clock), so the bid box opens and closes without a poll.
  const { data: current, refetch } = lot;
  useEffect(() => {
    if (!current || !running(current)) return;
    const serverNow = Date.parse(current.serverTime) + (Date.now() - receivedAt);
    const next = Date.parse(current.phase === 'open' ? current.endsAt : current.startsAt) - serverNow + 1000;
    const timer = setTimeout(() => void refetch(), Math.min(Math.max(next, 1000), 2_000_000_000));
    return () => clearTimeout(timer);
  }, [current, receivedAt, refetch]);

  if (lot.error?.status === 404) return <BackHomeResult status="404" title="竞价标的不存在或尚未发布" />;
  const l = lot.data;
  const canBid = !!l?.myRegistration?.depositConfirmed && l.phase === 'open';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/auctions">网络竞价</Link> }, { title: l?.title ?? '标的' }]} />
      <ErrorAlert error={lot.error} />
      {l ? (
        <Card
          title={<span data-testid="lot-title">{l.title}</span>}
          extra={
            <Space size={4}>
              <PhaseTag phase={l.phase} />
              {running(l) ? (
                <Tag color={live ? 'green' : 'default'} data-testid="live-state">
                  {live ? '实时' : '定时刷新'}
                </Tag>
              ) : null}
            </Space>
          }
        >
          <Space size="large" wrap>
            <Statistic
              title={priceTitle(l)}
              value=" "
              valueRender={() => <span data-testid="lot-price">{wanYuan(priceOf(l))}</span>}
            />
            <Statistic
              title={l.phase === 'open' || l.phase === 'scheduled' ? '时间' : '状态'}
              value=" "
              valueRender={() => <Countdown lot={l} receivedAt={receivedAt} />}
            />
            <Statistic title="出价次数" value={l.bidCount} />
          </Space>
          {l.withdrawReason ? <Alert type="warning" showIcon title={`撤回理由：${l.withdrawReason}`} /> : null}
        </Card>
      ) : (
        <Card loading />
      )}
      {l ? <LotRegistration lot={l} me={me} /> : null}
      {l && canBid ? <LotBidBox lot={l} /> : null}
      {l ? (
        <Card title="标的信息">
          <Descriptions column={narrow ? 1 : 2} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
            <Descriptions.Item label="卖方">{l.sellerName}</Descriptions.Item>
            <Descriptions.Item label={l.phase === 'sold' ? '买受人' : '领先者'}>{leaderText(l)}</Descriptions.Item>
            <Descriptions.Item label="起拍价">{wanYuan(l.startingPriceFen)}</Descriptions.Item>
            <Descriptions.Item label="加价幅度">{wanYuan(l.incrementFen)}</Descriptions.Item>
            {running(l) ? (
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
      ) : null}
      <LotHistory bids={bids.data} error={bids.error} loading={bids.isPending} verdict={verdict.data} narrow={narrow} />
    </Space>
  );
}
