import { Button, Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { ListedSale } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { LISTING_MODE_NAMES, wanYuan } from '../../format';
import { ListedSaleFormModal } from './listed-sale-form';
import { canSell, ListedSaleStatusTag, periodEndText } from './listed-sale-words';

function SaleList({ path, empty }: { path: string; empty: string }) {
  const list = usePaged<ListedSale>(path, {}, 20);
  const emptyState = <EmptyState title={empty} hint="高校、科研院所和企业可在此挂牌转让或许可科技成果。" />;
  return (
    <>
      <PagedList<ListedSale>
        list={list}
        empty={emptyState}
        rowTestId="listed-sale-item"
        card={(s) => ({
          title: <Link to={`/listed-sales/${s.id}`}>{s.title}</Link>,
          lines: (
            <>
              <div>{s.sellerName}</div>
              <div>
                <ListedSaleStatusTag status={s.status} /> {LISTING_MODE_NAMES[s.mode]} · 挂牌价 {wanYuan(s.priceFen)}
              </div>
              <div>
                期满 {periodEndText(s.endsAt)} · 意向受让方 {s.intentCount} 家
              </div>
            </>
          ),
        })}
        columns={[
          {
            title: '挂牌项目',
            dataIndex: 'title',
            render: (t: string, s) => <Link to={`/listed-sales/${s.id}`}>{t}</Link>,
          },
          { title: '卖方', dataIndex: 'sellerName', width: 200 },
          { title: '方式', dataIndex: 'mode', width: 70, render: (m: string) => LISTING_MODE_NAMES[m] },
          { title: '挂牌价', dataIndex: 'priceFen', align: 'right', width: 130, render: (v: string) => wanYuan(v) },
          {
            title: '状态',
            dataIndex: 'status',
            width: 100,
            render: (v: string) => <ListedSaleStatusTag status={v} />,
          },
          {
            title: '意向受让方',
            dataIndex: 'intentCount',
            align: 'right',
            width: 100,
            render: (n: number) => `${n} 家`,
          },
          { title: '期满时间（北京时间）', dataIndex: 'endsAt', width: 190, render: (v: string) => periodEndText(v) },
        ]}
      />
    </>
  );
}

/** 挂牌交易: every listing, readable without login; sellers list their achievements and see their own. */
export default function ListedSalesPage() {
  const { me } = useAuth();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const seller = canSell(me);
  return (
    <Card
      title="挂牌交易"
      extra={
        seller ? (
          <Button type="primary" data-testid="listed-sale-create" onClick={() => setCreating(true)}>
            挂牌成果
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">
        科技成果按挂牌价公开挂牌，挂牌期按工作日计算。挂牌期满：只有一家意向受让方的按挂牌价成交；两家及以上的转为网络竞价；没有的流标，卖方可重新挂牌。挂牌期内的修改均保留为可查看的版本。
      </Typography.Paragraph>
      {seller ? (
        <Tabs
          items={[
            { key: 'all', label: '全部挂牌', children: <SaleList path="/listed-sales" empty="目前没有挂牌项目" /> },
            {
              key: 'mine',
              label: '本机构挂牌',
              children: <SaleList path="/listed-sales/mine" empty="本机构还没有挂牌项目" />,
            },
          ]}
        />
      ) : (
        <SaleList path="/listed-sales" empty="目前没有挂牌项目" />
      )}
      {me && seller ? (
        <ListedSaleFormModal
          me={me}
          open={creating}
          onClose={() => setCreating(false)}
          onDone={(s) => {
            setCreating(false);
            navigate(`/listed-sales/${s.id}`);
          }}
        />
      ) : null}
    </Card>
  );
}
