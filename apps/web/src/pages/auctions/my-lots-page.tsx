import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { send, useAction, usePaged } from '../../api/query';
import type { Lot } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { FormModal } from '../../components/form-modal';
import { requiredText } from '../../components/form-rules';
import { SideDrawer } from '../../components/side-drawer';
import { wanYuan, chinaTime } from '../../format';
import { LotFormModal } from './lot-form-modal';
import { LotRegistrations } from './lot-registrations';
import { PhaseTag } from './lot-words';

const CLOSED = ['sold', 'unsold'];

/**
 * 我的标的 (the seller): its organisation's lots, drafts included; create a draft, publish it,
 * withdraw a lot nobody has bid on (with a reason), and see who registered — as 竞买人 N until
 * the lot closes, by name afterwards.
 */
export default function MyLotsPage() {
  const list = usePaged<Lot>('/auctions/mine', {}, 20);
  const [creating, setCreating] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Lot | null>(null);
  const [bidders, setBidders] = useState<Lot | null>(null);
  const publish = useAction((l: Lot) => send(`/auctions/${l.id}/publish`, 'POST', { version: l.version }), {
    invalidates: ['auctions'],
    success: '已发布，将按时开始竞价',
  });
  const actions = (l: Lot) => (
    <Space size={0}>
      {l.status === 'draft' ? (
        <Button type="link" size="small" onClick={() => publish.mutate(l)} loading={publish.isPending}>
          发布
        </Button>
      ) : null}
      {l.status === 'published' && l.bidCount === 0 ? (
        <Button type="link" size="small" danger onClick={() => setWithdrawing(l)}>
          撤回
        </Button>
      ) : null}
      {l.status !== 'draft' ? (
        <Button type="link" size="small" onClick={() => setBidders(l)} data-testid="lot-bidders">
          竞买人
        </Button>
      ) : null}
    </Space>
  );
  const price = (l: Lot) => wanYuan(l.hammerPriceFen ?? l.currentPriceFen ?? l.startingPriceFen);
  const empty = <EmptyState title="还没有竞价标的" hint="点击“新建标的”填写起拍价、加价幅度、保证金和竞价时间。" />;
  return (
    <Card
      title="我的标的"
      extra={
        <Button type="primary" onClick={() => setCreating(true)} data-testid="lot-create">
          新建标的
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        本机构以网络竞价方式转让的科技成果：草稿仅本机构可见；发布后公开竞价，无人出价前可撤回；结束后可查看竞买人名称。
      </Typography.Paragraph>
      <PagedList<Lot>
        list={list}
        empty={empty}
        rowTestId="my-lot-row"
        card={(l) => ({
          title: l.status === 'draft' ? l.title : <Link to={`/auctions/${l.id}`}>{l.title}</Link>,
          lines: (
            <>
              <div>
                <PhaseTag phase={l.phase} /> {price(l)} · 竞买人 {l.bidderCount} 家
              </div>
              <div>开始 {chinaTime(l.startsAt)}</div>
            </>
          ),
        })}
        actions={actions}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: '标的',
            dataIndex: 'title',
            render: (t: string, l) => (l.status === 'draft' ? t : <Link to={`/auctions/${l.id}`}>{t}</Link>),
          },
          { title: '状态', dataIndex: 'phase', width: 150, render: (_, l) => <PhaseTag phase={l.phase} /> },
          {
            title: '当前价/成交价',
            key: 'price',
            align: 'right',
            width: 140,
            render: (_, l) => price(l),
          },
          { title: '竞买人', dataIndex: 'bidderCount', width: 80, render: (n: number) => `${n} 家` },
          { title: '开始（北京时间）', dataIndex: 'startsAt', width: 180, render: (v: string) => chinaTime(v) },
          { title: '操作', key: 'actions', width: 200, render: (_, l) => actions(l) },
        ]}
      />
      <LotFormModal open={creating} onClose={() => setCreating(false)} onDone={() => setCreating(false)} />
      <FormModal<{ reason: string }>
        open={!!withdrawing}
        title="撤回标的"
        okText="撤回"
        okButtonProps={{ danger: true }}
        fields={['reason']}
        submit={(v) =>
          send(`/auctions/${withdrawing!.id}/withdraw`, 'POST', {
            version: withdrawing!.version,
            reason: v.reason.trim(),
          })
        }
        invalidates={['auctions']}
        success="已撤回"
        onClose={() => setWithdrawing(null)}
        onDone={() => setWithdrawing(null)}
        intro={<Typography.Paragraph>{withdrawing?.title}：撤回理由将公开显示。</Typography.Paragraph>}
      >
        <Form.Item name="reason" label="撤回理由" rules={requiredText('撤回理由', 500, 2)}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
      <SideDrawer
        title={bidders ? `竞买人：${bidders.title}` : ''}
        open={!!bidders}
        onClose={() => setBidders(null)}
        width={640}
      >
        {bidders ? (
          <>
            <Typography.Paragraph type="secondary">
              {CLOSED.includes(bidders.status)
                ? '竞价已结束，显示竞买人名称。'
                : '竞价结束前，竞买人以编号显示；保证金由卖方所在地科技局确认。'}
            </Typography.Paragraph>
            <LotRegistrations lotId={bidders.id} canConfirm={false} />
          </>
        ) : null}
      </SideDrawer>
    </Card>
  );
}
