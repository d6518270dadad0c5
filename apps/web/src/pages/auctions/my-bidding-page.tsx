import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { MyBidding } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { wanYuan, chinaTime } from '../../format';
import { PhaseTag } from './lot-words';

/** Where the organisation stands on a lot, in a word. */
function standing(r: MyBidding) {
  if (r.won) return <Tag color="gold">竞得</Tag>;
  if (r.phase === 'sold' || r.phase === 'unsold' || r.phase === 'withdrawn' || r.phase === 'ended')
    return <Tag>{r.myBidCount ? '未竞得' : '未出价'}</Tag>;
  if (!r.depositConfirmed) return <Tag color="orange">保证金待确认</Tag>;
  if (r.leading) return <Tag color="green">领先</Tag>;
  return r.myBidCount ? <Tag color="red">已被超过</Tag> : <Tag color="blue">可出价</Tag>;
}

const price = (r: MyBidding) =>
  r.hammerPriceFen ? wanYuan(r.hammerPriceFen) : r.currentPriceFen ? wanYuan(r.currentPriceFen) : '暂无出价';

/** 我的竞拍: the lots the organisation registered for, its deposit, its bids and where it stands. */
export default function MyBiddingPage() {
  const list = usePaged<MyBidding>('/auctions/my-bidding', {}, 20);
  const empty = (
    <EmptyState
      title="本机构还没有报名竞价"
      hint={
        <>
          在<Link to="/auctions">网络竞价</Link>中打开标的，接受竞买须知即可报名。
        </>
      }
    />
  );
  return (
    <Card title="我的竞拍">
      <Typography.Paragraph type="secondary">
        本机构报名的竞价标的：保证金经卖方所在地科技局确认后即可出价；当前价随他人出价实时变化，请在标的页面出价。
      </Typography.Paragraph>
      <PagedList<MyBidding>
        list={list}
        empty={empty}
        rowTestId="my-bidding-item"
        card={(r) => ({
          title: <Link to={`/auctions/${r.lotId}`}>{r.title}</Link>,
          lines: (
            <>
              <div>
                <PhaseTag phase={r.phase} /> {standing(r)} 竞买人 {r.bidderNo}
              </div>
              <div>
                当前价 {price(r)} · 本机构最高 {r.myHighestFen ? wanYuan(r.myHighestFen) : '未出价'}
              </div>
              <div>结束 {chinaTime(r.endsAt)}</div>
            </>
          ),
        })}
        rowKey="lotId"
        columns={[
          {
            title: '标的',
            dataIndex: 'title',
            render: (t: string, r) => <Link to={`/auctions/${r.lotId}`}>{t}</Link>,
          },
          { title: '状态', dataIndex: 'phase', width: 120, render: (_, r) => <PhaseTag phase={r.phase} /> },
          { title: '本机构', key: 'standing', width: 110, render: (_, r) => standing(r) },
          { title: '竞买号', dataIndex: 'bidderNo', width: 100, render: (n: number) => `竞买人 ${n}` },
          {
            title: '保证金',
            key: 'deposit',
            width: 150,
            render: (_, r) => `${wanYuan(r.depositFen)}（${r.depositConfirmed ? '已确认' : '待确认'}）`,
          },
          { title: '当前价/成交价', key: 'price', align: 'right', width: 140, render: (_, r) => price(r) },
          {
            title: '本机构最高出价',
            dataIndex: 'myHighestFen',
            align: 'right',
            width: 140,
            render: (v: string | null, r) => (v ? `${wanYuan(v)}（${r.myBidCount} 次）` : '未出价'),
          },
          { title: '结束时间（北京时间）', dataIndex: 'endsAt', width: 190, render: (v: string) => chinaTime(v) },
        ]}
      />
    </Card>
  );
}
