import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Drawer,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { api, type Page } from '../../api/client';
import type { ApiKey, ApiKeyScope, Webhook, WebhookDelivery, WebhookEvent } from '../../api/types';
import { showApiErrorOnForm } from '../../components/api-form-errors';
import { EmptyState } from '../../components/empty-state';
import { OrgSelect } from '../../components/org-select';
import { useApi } from '../../components/use-api';
import { dateTimeText } from '../../format';

const SCOPE_NAMES: Record<ApiKeyScope, string> = {
  'listings:read': '读取已发布信息（增量同步）',
  'listings:push': '代单位推送信息',
};
const SCOPE_SHORT: Record<ApiKeyScope, string> = { 'listings:read': '读取', 'listings:push': '推送' };
const EVENT_NAMES: Record<WebhookEvent, string> = {
  'listing.published': '信息发布',
  'listing.changed': '信息变更',
  'listing.withdrawn': '信息撤回/下架',
};
const DELIVERY_STATUS: Record<WebhookDelivery['status'], { text: string; color: string }> = {
  pending: { text: '待投递', color: 'processing' },
  delivered: { text: '已送达', color: 'success' },
  failed: { text: '失败', color: 'error' },
};

/** 数据交换: partner platforms' API keys and webhook subscriptions. */
export function ExchangeTab() {
  return (
    <Tabs
      size="small"
      items={[
        { key: 'keys', label: 'API 密钥', children: <ApiKeys /> },
        { key: 'webhooks', label: 'Webhook 订阅', children: <Webhooks /> },
      ]}
    />
  );
}

/** A secret the server returns once: shown with a copy button, and gone when the dialog closes. */
function SecretOnce({
  title,
  secret,
  what,
  onClose,
}: {
  title: string;
  secret: string | null;
  what: string;
  onClose(): void;
}) {
  return (
    <Modal
      title={title}
      open={!!secret}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="secret-done">
          我已保存，关闭
        </Button>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={`${what}只显示这一次，关闭后无法再查看。请立即复制，并通过安全渠道交给合作方。`}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph
        code
        copyable={{ text: secret ?? '', tooltips: ['复制', '已复制'] }}
        style={{ wordBreak: 'break-all', fontSize: 15 }}
        data-testid="secret-value"
      >
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}

interface KeyValues {
  partner?: string;
  scopes?: ApiKeyScope[];
  orgId?: string;
  rateLimitPerMinute?: number | null;
}

function ApiKeys() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const list = useApi(
    (signal) => api<Page<ApiKey>>('/exchange/keys', { query: { page, pageSize: 10 }, signal }),
    [page, tick],
  );

  const revoke = async (k: ApiKey) => {
    try {
      await api(`/exchange/keys/${k.id}`, { method: 'DELETE' });
      void message.success(`「${k.partner}」的密钥已吊销`);
      setTick((t) => t + 1);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-api-key">
          创建 API 密钥
        </Button>
        <Typography.Text type="secondary">
          合作平台用密钥（请求头 X-Api-Key）同步已发布的需求和成果，或代已认证单位推送信息。
        </Typography.Text>
      </Space>
      {list.error ? <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<ApiKey>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 个密钥`,
        }}
        locale={{
          emptyText: (
            <EmptyState title="还没有 API 密钥" hint="为合作平台创建密钥后，对方即可通过数据交换接口同步信息。" />
          ),
        }}
        data-testid="api-keys"
        columns={[
          { title: '合作平台', dataIndex: 'partner', width: 200 },
          {
            title: '密钥',
            dataIndex: 'keyPrefix',
            width: 160,
            render: (p: string) => (
              <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
                {p}…
              </Typography.Text>
            ),
          },
          {
            title: '权限',
            dataIndex: 'scopes',
            width: 120,
            render: (scopes: ApiKeyScope[]) => (
              <Space size={[0, 4]} wrap>
                {scopes.map((s) => (
                  <Tag key={s} title={SCOPE_NAMES[s]}>
                    {SCOPE_SHORT[s]}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: '代发单位', dataIndex: 'orgName', render: (n: string | null) => n ?? '—' },
          { title: '限流', dataIndex: 'rateLimitPerMinute', width: 120, render: (n: number) => `${n} 次/分钟` },
          {
            title: '创建 / 最近使用',
            key: 'times',
            width: 170,
            render: (_: unknown, k) => (
              <Space orientation="vertical" size={0}>
                <span>{dateTimeText(k.createdAt)}</span>
                <Typography.Text type="secondary">
                  {k.lastUsedAt ? dateTimeText(k.lastUsedAt) : '尚未使用'}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '状态',
            key: 'state',
            width: 140,
            render: (_: unknown, k) =>
              k.revokedAt ? (
                <Tag title={`吊销于 ${dateTimeText(k.revokedAt)}`}>已吊销</Tag>
              ) : (
                <Space size={4}>
                  <Tag color="success">有效</Tag>
                  <Popconfirm
                    title="吊销这个密钥？"
                    description="吊销后立即失效，且不能恢复；如需继续合作请创建新密钥。"
                    okText="吊销"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => revoke(k)}
                  >
                    <Button size="small" danger type="link" data-testid="revoke-api-key">
                      吊销
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <CreateKeyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setSecret(key);
          setPage(1);
          setTick((t) => t + 1);
        }}
      />
      <SecretOnce title="API 密钥已创建" what="密钥" secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}

function CreateKeyModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(key: string): void;
}) {
  const [form] = Form.useForm<KeyValues>();
  const scopes = Form.useWatch('scopes', form) ?? [];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const submit = async (v: KeyValues) => {
    setBusy(true);
    setError(null);
    try {
      const created = await api<ApiKey & { key: string }>('/exchange/keys', {
        method: 'POST',
        body: {
          partner: v.partner?.trim(),
          scopes: v.scopes ?? [],
          ...(v.scopes?.includes('listings:push') && v.orgId ? { orgId: v.orgId } : {}),
          ...(v.rateLimitPerMinute ? { rateLimitPerMinute: v.rateLimitPerMinute } : {}),
        },
      });
      onCreated(created.key);
    } catch (err) {
      setError(
        showApiErrorOnForm(form, err, {
          fields: ['partner', 'scopes', 'orgId', 'rateLimitPerMinute'],
          codeFields: { API_KEY_ORG_REQUIRED: 'orgId', EXCHANGE_ORG_NOT_FOUND: 'orgId' },
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="创建 API 密钥"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="创建"
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        name="create-api-key"
        layout="vertical"
        initialValues={{ scopes: ['listings:read'] }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="partner"
          label="合作平台名称"
          rules={[{ required: true, whitespace: true, message: '请填写合作平台名称' }]}
        >
          <Input maxLength={100} placeholder="如：羚羊工业互联网平台" />
        </Form.Item>
        <Form.Item
          name="scopes"
          label="权限范围"
          rules={[{ required: true, type: 'array', min: 1, message: '至少选择一项权限' }]}
        >
          <Checkbox.Group
            options={(Object.keys(SCOPE_NAMES) as ApiKeyScope[]).map((s) => ({ value: s, label: SCOPE_NAMES[s] }))}
          />
        </Form.Item>
        {scopes.includes('listings:push') ? (
          <Form.Item
            name="orgId"
            label="代为发布的单位"
            rules={[{ required: true, message: '推送权限须指定代为发布的单位' }]}
            extra="只能选择已通过认证的单位；推送的信息以该单位名义发布。"
          >
            <OrgSelect verifiedOnly placeholder="输入单位名称搜索" />
          </Form.Item>
        ) : null}
        <Form.Item name="rateLimitPerMinute" label="每分钟请求上限" extra="不填则使用系统默认值">
          <InputNumber min={1} max={100000} precision={0} style={{ width: '100%' }} placeholder="默认" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface HookValues {
  url?: string;
  events?: WebhookEvent[];
  description?: string;
  secret?: string;
}

function Webhooks() {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [showing, setShowing] = useState<Webhook | null>(null);
  const list = useApi(
    (signal) => api<Page<Webhook>>('/exchange/webhooks', { query: { page, pageSize: 10 }, signal }),
    [page, tick],
  );

  const disable = async (w: Webhook) => {
    try {
      await api(`/exchange/webhooks/${w.id}`, { method: 'DELETE' });
      void message.success('已停用该订阅');
      setTick((t) => t + 1);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-webhook">
          添加订阅
        </Button>
        <Typography.Text type="secondary">
          信息发布、变更或撤回时，平台向订阅地址推送带 HMAC 签名的通知，失败自动重试。
        </Typography.Text>
      </Space>
      {list.error ? <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<Webhook>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 960 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 个订阅`,
        }}
        locale={{
          emptyText: (
            <EmptyState title="还没有 Webhook 订阅" hint="添加合作平台的接收地址后，信息变化会自动推送过去。" />
          ),
        }}
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
          { title: '创建时间', dataIndex: 'createdAt', width: 150, render: (d: string) => dateTimeText(d) },
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
                  <Popconfirm
                    title="停用这个订阅？"
                    description="不再推送新的通知，尚未送达的通知也不再重试。"
                    okText="停用"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => disable(w)}
                  >
                    <Button size="small" danger type="link">
                      停用
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <CreateWebhookModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => {
          setCreating(false);
          setSecret(s);
          setPage(1);
          setTick((t) => t + 1);
        }}
      />
      <SecretOnce title="订阅已添加" what="签名密钥" secret={secret} onClose={() => setSecret(null)} />
      <Deliveries webhook={showing} onClose={() => setShowing(null)} />
    </>
  );
}

function CreateWebhookModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose(): void;
  onCreated(secret: string): void;
}) {
  const [form] = Form.useForm<HookValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      form.resetFields();
      setError(null);
    }
  }, [open, form]);

  const submit = async (v: HookValues) => {
    setBusy(true);
    setError(null);
    try {
      const created = await api<Webhook & { secret: string }>('/exchange/webhooks', {
        method: 'POST',
        body: {
          url: v.url?.trim(),
          events: v.events ?? [],
          ...(v.description?.trim() ? { description: v.description.trim() } : {}),
          ...(v.secret ? { secret: v.secret } : {}),
        },
      });
      onCreated(created.secret);
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['url', 'events', 'description', 'secret'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="添加 Webhook 订阅"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="添加"
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} /> : null}
      <Form
        form={form}
        name="create-webhook"
        layout="vertical"
        initialValues={{ events: Object.keys(EVENT_NAMES) }}
        onFinish={(v) => void submit(v)}
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
          <Checkbox.Group
            options={(Object.keys(EVENT_NAMES) as WebhookEvent[]).map((e) => ({ value: e, label: EVENT_NAMES[e] }))}
          />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input maxLength={200} placeholder="如：羚羊平台同步" />
        </Form.Item>
        <Form.Item name="secret" label="签名密钥" extra="16–200 个字符；不填则自动生成，添加后显示一次。">
          <Input.Password maxLength={200} autoComplete="new-password" placeholder="留空自动生成" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Deliveries({ webhook, onClose }: { webhook: Webhook | null; onClose(): void }) {
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  useEffect(() => setPage(1), [webhook]);
  const list = useApi(
    (signal) =>
      webhook
        ? api<Page<WebhookDelivery>>(`/exchange/webhooks/${webhook.id}/deliveries`, {
            query: { page, pageSize: 20 },
            signal,
          })
        : Promise.resolve(undefined),
    [webhook?.id, page],
  );
  return (
    <Drawer title="投递记录" open={!!webhook} onClose={onClose} size={screens.lg ? 960 : '100%'} destroyOnHidden>
      {webhook ? (
        <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-all' }}>
          {webhook.url}
        </Typography.Paragraph>
      ) : null}
      {list.error ? <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 900 }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 条`,
        }}
        locale={{
          emptyText: <EmptyState title="还没有投递记录" hint="订阅的事件发生后，每次推送的结果会记录在这里。" />,
        }}
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
          { title: '最近尝试', dataIndex: 'lastAttemptAt', width: 140, render: (d: string | null) => dateTimeText(d) },
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
    </Drawer>
  );
}
