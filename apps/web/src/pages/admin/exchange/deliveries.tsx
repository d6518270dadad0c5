import { Tag, Typography } from 'antd';
import { usePaged } from '../../../api/query';
import type { Webhook, WebhookDelivery, WebhookEvent } from '../../../api/types';
import { EmptyState } from '../../../components/empty-state';
import { SideDrawer } from '../../../components/side-drawer';
import { PagedTable } from '../../../components/paged-table';
import { dateTimeText } from '../../../format';
import { DELIVERY_STATUS, EVENT_NAMES } from './names';
import { whenColumn } from '../../../components/columns';

/** Every delivery of one subscription, newest first, with its attempts and the partner's answer. */
export function Deliveries({ webhook, onClose }: { webhook: Webhook | null; onClose(): void }) {
  return (
    <SideDrawer title="投递记录" open={!!webhook} onClose={onClose} width={960} wideFrom="lg">
      {webhook ? <DeliveryList webhook={webhook} /> : null}
    </SideDrawer>
  );
}

function DeliveryList({ webhook }: { webhook: Webhook }) {
  const list = usePaged<WebhookDelivery>(`/exchange/webhooks/${webhook.id}/deliveries`, {}, 20, (n) => `共 ${n} 条`);
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-all' }}>
        {webhook.url}
      </Typography.Paragraph>
      <PagedTable<WebhookDelivery>
        list={list}
        size="small"
        scroll={{ x: 900 }}
        empty={<EmptyState title="还没有投递记录" hint="订阅的事件发生后，每次推送的结果会记录在这里。" />}
        columns={[
          { title: '事件', dataIndex: 'event', width: 110, render: (e: WebhookEvent) => EVENT_NAMES[e] ?? e },
          {
            title: '信息',
            key: 'listing',
            width: 150,
            render: (_: unknown, d) => (
              <Typography.Text code>{`${d.listingId.slice(0, 8)} v${d.listingVersion}`}</Typography.Text>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: WebhookDelivery['status']) => (
              <Tag color={DELIVERY_STATUS[s].color}>{DELIVERY_STATUS[s].text}</Tag>
            ),
          },
          { title: '尝试', dataIndex: 'attempts', width: 60 },
          { title: '状态码', dataIndex: 'lastStatusCode', width: 80, render: (c: number | null) => c ?? '—' },
          {
            title: '错误',
            dataIndex: 'lastError',
            render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : '—'),
          },
          whenColumn('最近尝试', 'lastAttemptAt', 140),
          {
            title: '下次重试 / 送达',
            key: 'next',
            width: 150,
            render: (_: unknown, d) =>
              d.deliveredAt
                ? dateTimeText(d.deliveredAt)
                : d.status === 'pending'
                  ? dateTimeText(d.nextAttemptAt)
                  : '—',
          },
        ]}
      />
    </>
  );
}
