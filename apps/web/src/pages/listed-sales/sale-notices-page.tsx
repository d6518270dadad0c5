import { Card, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { SaleNotice } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { wanYuan, chinaTime } from '../../format';

const ROUTE_NAMES = { auction: '网络竞价', listing: '挂牌交易' } as const;
const outcomeText = (n: SaleNotice) => (n.outcome === 'sold' ? '成交' : n.route === 'auction' ? '流拍' : '流标');
const link = (n: SaleNotice) => (n.route === 'auction' ? `/auctions/${n.sourceId}` : `/listed-sales/${n.sourceId}`);
const winner = (n: SaleNotice) => (n.outcome !== 'sold' ? '—' : (n.winnerName ?? '（买受人不公开）'));

/** 成交公告: results of auctions and 挂牌 listings, public for their period. */
export default function SaleNoticesPage() {
  const list = usePaged<SaleNotice>('/sale-notices', {}, 20);
  const empty = <EmptyState title="目前没有成交公告" hint="网络竞价和挂牌交易的结果在此公示。" />;
  return (
    <Card title="成交公告">
      <Typography.Paragraph type="secondary">
        网络竞价和挂牌交易的结果（成交、流拍、流标）在公示期内在此公布；卖方选择不公开买受人的，不显示买受人名称。
      </Typography.Paragraph>
      <PagedList<SaleNotice>
        list={list}
        empty={empty}
        rowTestId="sale-notice"
        card={(n) => ({
          title: <Link to={link(n)}>{n.title}</Link>,
          lines: (
            <>
              <div>
                <Tag color={n.outcome === 'sold' ? 'gold' : 'default'}>{outcomeText(n)}</Tag>
                {ROUTE_NAMES[n.route]} · {n.sellerName}
              </div>
              {n.outcome === 'sold' ? (
                <div>
                  成交价 {wanYuan(n.priceFen)} · 买受人 {winner(n)}
                </div>
              ) : null}
              <div>公示至 {chinaTime(n.endsAt)}</div>
            </>
          ),
        })}
        columns={[
          { title: '项目', dataIndex: 'title', render: (t: string, n) => <Link to={link(n)}>{t}</Link> },
          { title: '方式', dataIndex: 'route', width: 100, render: (r: SaleNotice['route']) => ROUTE_NAMES[r] },
          {
            title: '结果',
            key: 'outcome',
            width: 80,
            render: (_, n) => <Tag color={n.outcome === 'sold' ? 'gold' : 'default'}>{outcomeText(n)}</Tag>,
          },
          { title: '卖方', dataIndex: 'sellerName', width: 180 },
          {
            title: '成交价',
            dataIndex: 'priceFen',
            align: 'right',
            width: 130,
            render: (v: string | null) => (v ? wanYuan(v) : '—'),
          },
          { title: '买受人', key: 'winner', width: 180, render: (_, n) => winner(n) },
          { title: '公布时间', dataIndex: 'publishedAt', width: 180, render: (v: string) => chinaTime(v) },
        ]}
      />
    </Card>
  );
}
