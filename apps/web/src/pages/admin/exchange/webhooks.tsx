import { Button, Checkbox, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send, useAction, usePaged } from '../../../api/query';
import type { CreatedWebhook, Webhook, WebhookEvent } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { EmptyState } from '../../../components/empty-state';
import { PagedTable } from '../../../components/paged-table';
import { FormModal } from '../../../components/form-modal';
import { dateTimeText } from '../../../format';
import { Deliveries } from './deliveries';
import { EVENT_NAMES } from './names';
import { SecretOnce } from './secret-once';
import { whenColumn } from '../../../components/columns';
import { TextItem } from '../../../components/text-item';
import { CreateBar } from '../../../components/create-bar';
import { namedOptions } from '../../../components/choices';

interface HookValues {
  url?: string;
  events?: WebhookEvent[];
  description?: string;
  secret?: string;
}

/** Webhook subscriptions: added with the signing secret shown once, disabled for good. */
export function Webhooks() {
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [showing, setShowing] = useState<Webhook | null>(null);
  const list = usePaged<Webhook>('/exchange/webhooks', {}, 10, (n) => `共 ${n} 个订阅`);
  const disable = useAction((w: Webhook) => send(`/exchange/webhooks/${w.id}`, 'DELETE'), {
    invalidates: ['exchange'],
    success: '已停用该订阅',
  });

  return (
    <>
      <CreateBar
        label="添加订阅"
        onCreate={() => setCreating(true)}
        testId="create-webhook"
        hint="信息发布、变更或撤回时，平台自动把通知推送到合作平台的接收地址；每条通知带数字签名，对方凭签名密钥核实它来自本平台。推送失败会自动重试。"
      />
      <PagedTable<Webhook>
        list={list}
        scroll={{ x: 960 }}
        empty={<EmptyState title="还没有事件推送" hint="添加合作平台的接收地址后，信息变化会自动推送过去。" />}
        data-testid="webhooks"
        columns={[
          {
            title: '接收地址',
            dataIndex: 'url',
            render: (u: string, w) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text style={{ wordBreak: 'break-all' }}>{u}</Typography.Text>
                {w.description ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {w.description}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: '事件',
            dataIndex: 'events',
            width: 220,
            render: (events: WebhookEvent[]) => (
              <Space size={[0, 4]} wrap>
                {events.map((e) => (
                  <Tag key={e}>{EVENT_NAMES[e]}</Tag>
                ))}
              </Space>
            ),
          },
          whenColumn('创建时间', 'createdAt', 150),
          {
            title: '状态',
            key: 'state',
            width: 170,
            render: (_: unknown, w) =>
              w.disabledAt ? <Tag>已停用 {dateTimeText(w.disabledAt)}</Tag> : <Tag color="success">启用</Tag>,
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, w) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setShowing(w)} data-testid="webhook-deliveries">
                  投递记录
                </Button>
                {w.disabledAt ? null : (
                  <ConfirmButton
                    title="停用这个订阅？"
                    description="不再推送新的通知，尚未送达的通知也不再重试。"
                    okText="停用"
                    onConfirm={() => disable.mutateAsync(w).catch(() => undefined)}
                  >
                    停用
                  </ConfirmButton>
                )}
              </Space>
            ),
          },
        ]}
      />
      <FormModal<HookValues, CreatedWebhook>
        open={creating}
        name="create-webhook"
        title="添加事件推送"
        okText="添加"
        initialValues={{ events: Object.keys(EVENT_NAMES) as WebhookEvent[] }}
        fields={['url', 'events', 'description', 'secret']}
        submit={(v) =>
          send<CreatedWebhook>(
            '/exchange/webhooks',
            'POST',
            {
              url: v.url?.trim(),
              events: v.events ?? [],
              ...(v.description?.trim() ? { description: v.description.trim() } : {}),
              ...(v.secret ? { secret: v.secret } : {}),
            },
            true,
          )
        }
        invalidates={['exchange']}
        onClose={() => setCreating(false)}
        onDone={(created) => {
          setCreating(false);
          setSecret(created.secret);
          list.setPage(1);
        }}
      >
        <Form.Item
          name="url"
          label="接收地址"
          rules={[{ required: true, whitespace: true, message: '请填写 http 或 https 地址' }]}
        >
          <Input maxLength={2000} placeholder="https://partner.example.cn/hooks/techmarket" />
        </Form.Item>
        <Form.Item
          name="events"
          label="推送的事件"
          rules={[{ required: true, type: 'array', min: 1, message: '至少选择一个事件' }]}
        >
          <Checkbox.Group options={namedOptions(EVENT_NAMES)} />
        </Form.Item>
        <TextItem name="description" label="说明" max={200} placeholder="如：羚羊平台同步" />
        <Form.Item name="secret" label="签名密钥" extra="16–200 个字符；不填则自动生成，添加后显示一次。">
          <Input.Password maxLength={200} autoComplete="new-password" placeholder="留空自动生成" />
        </Form.Item>
      </FormModal>
      <SecretOnce title="订阅已添加" what="签名密钥" secret={secret} onClose={() => setSecret(null)} />
      <Deliveries webhook={showing} onClose={() => setShowing(null)} />
    </>
  );
}
