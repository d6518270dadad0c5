import { Alert, Breadcrumb, Button, Card, Descriptions, Grid, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { ListedSale, ListedSaleIntent, ListedSaleVersion } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { BackHomeResult } from '../../components/back-home-result';
import { ErrorAlert } from '../../components/error-alert';
import { LISTING_MODE_NAMES, wanYuan, chinaTime } from '../../format';
import { IntentForm, RelistModal, WithdrawModal } from './listed-sale-actions';
import { ListedSaleFormModal } from './listed-sale-form';
import { ListedSaleStatusTag, ListingCountdown, periodEndText } from './listed-sale-words';

type Dialog = 'edit' | 'withdraw' | 'relist' | null;

function Outcome({ s }: { s: ListedSale }) {
  if (s.status === 'sold')
    return <Alert type="success" showIcon message={`挂牌期满，已按挂牌价与${s.buyerName ?? '意向受让方'}成交`} />;
  if (s.status === 'auctioned')
    return (
      <Alert
        type="info"
        showIcon
        message="挂牌期满有多家意向受让方，已转为网络竞价（仅限意向受让方参加）"
        action={s.auctionLotId ? <Link to={`/auctions/${s.auctionLotId}`}>查看竞价</Link> : null}
      />
    );
  if (s.status === 'failed')
    return <Alert type="warning" showIcon message="挂牌期满没有符合条件的意向受让方，本次挂牌流标" />;
  if (s.status === 'withdrawn')
    return <Alert type="warning" showIcon message={`卖方已撤回挂牌。撤回理由：${s.withdrawReason ?? ''}`} />;
  return null;
}

/** One 挂牌 listing for anyone: price, countdown on the server's clock, the end rules, every version; intents and the seller's actions. */
export default function ListedSaleDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const narrow = !Grid.useBreakpoint().md;
  const { me } = useAuth();
  const sale = useGet<ListedSale>(`/listed-sales/${id}`);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [dialog, setDialog] = useState<Dialog>(null);
  useEffect(() => setReceivedAt(Date.now()), [sale.dataUpdatedAt]);

  if (sale.error?.status === 404) return <BackHomeResult status="404" title="挂牌项目不存在" />;
  const s = sale.data;
  const isSeller = !!me && !!s && me.org.id === s.sellerOrgId;
  const open = s?.status === 'listed' && Date.parse(s.endsAt) > Date.parse(s.serverTime);
  const versions = [...(s?.versions ?? [])].reverse();
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/listed-sales">挂牌交易</Link> }, { title: s?.title ?? '挂牌项目' }]} />
      <ErrorAlert error={sale.error} />
      {s ? (
        <Card
          title={<span data-testid="listed-sale-title">{s.title}</span>}
          extra={<ListedSaleStatusTag status={s.status} />}
        >
          <Space size="large" wrap style={{ marginBottom: 16 }}>
            <Statistic
              title="挂牌价"
              value=" "
              valueRender={() => <span data-testid="listed-sale-price">{wanYuan(s.priceFen)}</span>}
            />
            <Statistic
              title="时间"
              value=" "
              valueRender={() => <ListingCountdown sale={s} receivedAt={receivedAt} />}
            />
            <Statistic title="意向受让方" value={`${s.intentCount} 家`} />
          </Space>
          <Outcome s={s} />
          {isSeller ? (
            // A block of its own: inline after the figures above, the buttons would sit beside them.
            <Space wrap style={{ display: 'flex', margin: '12px 0' }}>
              {open ? (
                <>
                  <Button data-testid="listed-sale-edit" onClick={() => setDialog('edit')}>
                    修改挂牌
                  </Button>
                  <Button danger data-testid="listed-sale-withdraw" onClick={() => setDialog('withdraw')}>
                    撤回挂牌
                  </Button>
                </>
              ) : null}
              {(s.status === 'failed' || s.status === 'withdrawn') && !s.relistedAs ? (
                <Button type="primary" data-testid="listed-sale-relist" onClick={() => setDialog('relist')}>
                  重新挂牌
                </Button>
              ) : null}
              {s.relistedAs ? <Link to={`/listed-sales/${s.relistedAs}`}>查看重新挂牌的项目</Link> : null}
            </Space>
          ) : null}
          <Descriptions
            column={narrow ? 1 : 2}
            size="small"
            bordered
            style={{ marginTop: 12 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label="卖方">{s.sellerName}</Descriptions.Item>
            <Descriptions.Item label="交易方式">{LISTING_MODE_NAMES[s.mode]}</Descriptions.Item>
            <Descriptions.Item label="挂牌期">{s.periodWorkingDays} 个工作日</Descriptions.Item>
            <Descriptions.Item label="转为竞价时的保证金">{wanYuan(s.depositFen)}</Descriptions.Item>
            <Descriptions.Item label="挂牌时间（北京时间）">{chinaTime(s.startsAt)}</Descriptions.Item>
            <Descriptions.Item label="期满时间（北京时间）">{periodEndText(s.endsAt)}</Descriptions.Item>
            <Descriptions.Item label="当前版本">第 {s.currentVersion} 版</Descriptions.Item>
            <Descriptions.Item label="科技成果">
              <Link to={`/listings/achievements/${s.achievementId}`}>查看成果</Link>
            </Descriptions.Item>
            <Descriptions.Item label="交易条件" span={narrow ? 1 : 2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{s.terms || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
          {s.description ? (
            <Typography.Paragraph style={{ marginTop: 16, whiteSpace: 'pre-wrap' }}>
              {s.description}
            </Typography.Paragraph>
          ) : null}
          {s.relistedFrom ? (
            <Typography.Paragraph type="secondary">
              本项目为<Link to={`/listed-sales/${s.relistedFrom}`}>流标或撤回的挂牌</Link>重新挂牌。
            </Typography.Paragraph>
          ) : null}
        </Card>
      ) : (
        <Card loading />
      )}
      {s ? (
        <Card title="期满规则（挂牌之日起公布）">
          <Typography.Paragraph data-testid="listed-sale-rules" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
            {s.rules}
          </Typography.Paragraph>
        </Card>
      ) : null}
      {s && me && !isSeller && open ? <IntentForm sale={s} /> : null}
      {s?.intents ? (
        <Card title="意向受让方">
          <Table<ListedSaleIntent>
            rowKey="buyerOrgId"
            size="small"
            dataSource={s.intents}
            pagination={false}
            locale={{ emptyText: '暂无意向受让方' }}
            columns={[
              { title: '机构', dataIndex: 'buyerName' },
              { title: '受让条件', dataIndex: 'terms' },
              { title: '版本', dataIndex: 'versionNo', width: 70, render: (n: number) => `第 ${n} 版` },
              { title: '登记时间', dataIndex: 'declaredAt', width: 180, render: (v: string) => chinaTime(v) },
            ]}
          />
        </Card>
      ) : null}
      {s ? (
        <Card title="版本记录">
          <Table<ListedSaleVersion>
            rowKey="versionNo"
            size="small"
            dataSource={versions}
            pagination={false}
            onRow={() => ({ 'data-testid': 'listed-sale-version' }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { title: '版本', dataIndex: 'versionNo', width: 70, render: (n: number) => `第 ${n} 版` },
              { title: '名称', dataIndex: 'title', responsive: ['md'] },
              { title: '挂牌价', dataIndex: 'priceFen', width: 120, align: 'right', render: (v: string) => wanYuan(v) },
              { title: '修改说明', dataIndex: 'changeNote', render: (v: string | null) => v ?? '—' },
              {
                title: '时间',
                dataIndex: 'createdAt',
                width: 180,
                responsive: ['sm'],
                render: (v: string) => chinaTime(v),
              },
            ]}
          />
        </Card>
      ) : null}
      {s && me && isSeller ? (
        <>
          <ListedSaleFormModal
            me={me}
            sale={s}
            open={dialog === 'edit'}
            onClose={() => setDialog(null)}
            onDone={() => setDialog(null)}
          />
          <WithdrawModal sale={s} open={dialog === 'withdraw'} onClose={() => setDialog(null)} />
          <RelistModal
            sale={s}
            open={dialog === 'relist'}
            onClose={() => setDialog(null)}
            onDone={(n) => {
              setDialog(null);
              navigate(`/listed-sales/${n.id}`);
            }}
          />
        </>
      ) : null}
    </Space>
  );
}
