import { Checkbox, Form, Input, InputNumber, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send, useAction, usePaged } from '../../../api/query';
import type { ApiKey, ApiKeyScope, CreatedApiKey } from '../../../api/types';
import { ConfirmButton } from '../../../components/confirm-button';
import { EmptyState } from '../../../components/empty-state';
import { PagedTable } from '../../../components/paged-table';
import { FormModal } from '../../../components/form-modal';
import { OrgSelect } from '../../../components/org-select';
import { dateTimeText } from '../../../format';
import { SCOPE_NAMES, SCOPE_SHORT } from './names';
import { SecretOnce } from './secret-once';
import { CreateBar } from '../../../components/create-bar';
import { namedOptions } from '../../../components/choices';

interface KeyValues {
  partner?: string;
  scopes?: ApiKeyScope[];
  orgId?: string;
  rateLimitPerMinute?: number | null;
}

/** Partner platforms' API keys: created with the key shown once, revoked for good. */
export function ApiKeys() {
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const list = usePaged<ApiKey>('/exchange/keys', {}, 10, (n) => `共 ${n} 个密钥`);
  const revoke = useAction((k: ApiKey) => send<ApiKey>(`/exchange/keys/${k.id}`, 'DELETE'), {
    invalidates: ['exchange'],
    success: (k) => `「${k.partner}」的密钥已吊销`,
  });

  return (
    <>
      <CreateBar
        label="创建 API 密钥"
        onCreate={() => setCreating(true)}
        testId="create-api-key"
        hint="合作平台调用本平台的数据交换接口时出示此密钥（放在请求头 X-Api-Key 中），用来同步已发布的需求和成果，或代已认证单位推送信息。"
      />
      <PagedTable<ApiKey>
        list={list}
        scroll={{ x: 1000 }}
        empty={<EmptyState title="还没有 API 密钥" hint="为合作平台创建密钥后，对方即可通过数据交换接口同步信息。" />}
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
                  <ConfirmButton
                    title="吊销这个密钥？"
                    description="吊销后立即失效，且不能恢复；如需继续合作请创建新密钥。"
                    okText="吊销"
                    onConfirm={() => revoke.mutateAsync(k).catch(() => undefined)}
                    data-testid="revoke-api-key"
                  >
                    吊销
                  </ConfirmButton>
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
          list.setPage(1);
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
  return (
    <FormModal<KeyValues, CreatedApiKey>
      open={open}
      form={form}
      name="create-api-key"
      title="创建 API 密钥"
      okText="创建"
      initialValues={{ scopes: ['listings:read'] }}
      fields={['partner', 'scopes', 'orgId', 'rateLimitPerMinute']}
      codeFields={{ API_KEY_ORG_REQUIRED: 'orgId', EXCHANGE_ORG_NOT_FOUND: 'orgId' }}
      submit={(v) =>
        send<CreatedApiKey>(
          '/exchange/keys',
          'POST',
          {
            partner: v.partner?.trim(),
            scopes: v.scopes ?? [],
            ...(v.scopes?.includes('listings:push') && v.orgId ? { orgId: v.orgId } : {}),
            ...(v.rateLimitPerMinute ? { rateLimitPerMinute: v.rateLimitPerMinute } : {}),
          },
          true,
        )
      }
      invalidates={['exchange']}
      onClose={onClose}
      onDone={(created) => onCreated(created.key)}
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
        <Checkbox.Group options={namedOptions(SCOPE_NAMES)} />
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
    </FormModal>
  );
}
