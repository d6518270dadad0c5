import { Card, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { Lot } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { wanYuan, chinaTime } from '../../format';
import { PhaseTag } from './lot-words';

const price = (l: Lot) => (l.currentPriceFen ? wanYuan(l.currentPriceFen) : `${wanYuan(l.startingPriceFen)}（起拍）`);

/** 网络竞价: every published lot, readable without login. */
export default function AuctionsPage() {
  const list = usePaged<Lot>('/auctions', {}, 20);
  const empty = <EmptyState title="目前没有竞价标的" hint="高校、科研院所和企业可在此以网络竞价方式转让科技成果。" />;
  return (
    <Card title="网络竞价">
      <Typography.Paragraph type="secondary">
        科技成果以网络竞价方式公开交易：出价以平台服务器时间和顺序为准，结束前几分钟内有人出价的自动延时，全部出价记录可公开核验。
      </Typography.Paragraph>
      <PagedList<Lot>
        list={list}
        empty={empty}
        rowTestId="lot-item"
        card={(l) => ({
          title: <Link to={`/auctions/${l.id}`}>{l.title}</Link>,
          lines: (
            <>
              <div>{l.sellerName}</div>
              <div>
                <PhaseTag phase={l.phase} /> {price(l)} · 出价 {l.bidCount} 次 · 结束 {chinaTime(l.endsAt)}
              </div>
            </>
          ),
        })}
        columns={[
          { title: '标的', dataIndex: 'title', render: (t: string, l) => <Link to={`/auctions/${l.id}`}>{t}</Link> },
          { title: '卖方', dataIndex: 'sellerName', width: 220 },
          { title: '状态', dataIndex: 'phase', width: 150, render: (_, l) => <PhaseTag phase={l.phase} /> },
          { title: '当前价', key: 'price', align: 'right', width: 170, render: (_, l) => price(l) },
          { title: '出价次数', dataIndex: 'bidCount', align: 'right', width: 90 },
          { title: '结束时间（北京时间）', dataIndex: 'endsAt', width: 190, render: (v: string) => chinaTime(v) },
        ]}
      />
    </Card>
  );
}
