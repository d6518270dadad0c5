import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Grid,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type Page } from '../api/client';
import type { Contract, Deal } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { CONTRACT_STATUS_COLORS, ContractDrawer } from '../components/contract-detail';
import { ContractForm } from '../components/contract-form';
import { EmptyState } from '../components/empty-state';
import { contractTypeName, useContractTypes } from '../components/reference-data';
import { useApi } from '../components/use-api';
import { CONTRACT_STATUS_NAMES, dateText, idempotencyKey, wanYuan } from '../format';

/** 我的合同: the organisation's technology contracts; the seller writes and submits them for registration. */
export default function ContractsPage() {
  const { message } = App.useApp();
  const { me } = useAuth();
  const types = useContractTypes();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const dealId = params.get('dealId');
  const openId = params.get('contract');
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string>();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi(
    (signal) => api<Page<Contract>>('/contracts', { query: { page, pageSize: 10, status }, signal }),
    [page, status],
  );
  const deal = useApi(
    (signal) => (dealId ? api<Deal>(`/deals/${dealId}`, { signal }) : Promise.resolve(undefined)),
    [dealId],
  );

  useEffect(() => {
    if (dealId) setEditing('new');
  }, [dealId]);

  const close = () => {
    setEditing(null);
    if (dealId) {
      const next = new URLSearchParams(params);
      next.delete('dealId');
      setParams(next, { replace: true });
    }
  };

  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('contract', id);
    else next.delete('contract');
    setParams(next, { replace: true });
  };

  const submit = async (c: Contract) => {
    setBusy(c.id);
    try {
      await api<Contract>(`/contracts/${c.id}/submit`, {
        method: 'POST',
        body: { version: c.version },
        headers: { 'Idempotency-Key': idempotencyKey() },
      });
      void message.success('已提交认定登记，等待卖方所在地科技局审查');
      list.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '提交失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="我的技术合同">
      <Space style={{ marginBottom: 16 }} wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-contract">
          登记合同
        </Button>
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          options={Object.entries(CONTRACT_STATUS_NAMES).map(([value, label]) => ({ value, label }))}
        />
        <Typography.Text type="secondary">
          卖方填写合同并提交，所在地科技局认定登记后计入技术合同成交额统计。
        </Typography.Text>
      </Space>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<Contract>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 1300 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 份`,
        }}
        locale={{
          emptyText: (
            <EmptyState
              title="还没有技术合同"
              hint="对接签约后，在“对接看板”里点“登记合同”，或直接点上方“登记合同”填写。"
            />
          ),
        }}
        columns={[
          {
            title: '合同名称',
            dataIndex: 'title',
            width: 260,
            render: (t: string, c) => (
              <Typography.Link onClick={() => show(c.id)} data-testid="contract-title">
                {t}
              </Typography.Link>
            ),
          },
          {
            title: '类型',
            dataIndex: 'contractSubtypeCode',
            width: 150,
            responsive: ['lg'],
            render: (c: string) => contractTypeName(types, c),
          },
          {
            title: '卖方 / 买方',
            key: 'parties',
            width: 220,
            render: (_: unknown, c) => `${c.seller.name} / ${c.buyer.name}`,
          },
          {
            title: '合同成交额',
            dataIndex: 'contractAmountFen',
            width: 120,
            align: 'right',
            render: (f: string) => wanYuan(f),
          },
          {
            title: '技术交易额',
            dataIndex: 'techAmountFen',
            width: 120,
            align: 'right',
            responsive: ['md'],
            render: (f: string) => wanYuan(f),
          },
          {
            title: '签订日期',
            dataIndex: 'signedOn',
            width: 120,
            responsive: ['md'],
            render: (d: string) => dateText(d),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 160,
            render: (s: string, c) => (
              <Space direction="vertical" size={0}>
                <Tooltip title={c.rejection ? `不予登记：${c.rejection.comment ?? c.rejection.reasonCode}` : undefined}>
                  <Tag color={CONTRACT_STATUS_COLORS[s]} data-testid="contract-status">
                    {CONTRACT_STATUS_NAMES[s] ?? s}
                  </Tag>
                </Tooltip>
                {c.registration ? (
                  <Typography.Text style={{ fontSize: 12 }}>登记号 {c.registration.registrationNo}</Typography.Text>
                ) : null}
                {s === 'submitted' && c.deadlineOn ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    登记期限 {dateText(c.deadlineOn)}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'op',
            width: 230,
            render: (_: unknown, c) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => show(c.id)} data-testid="contract-detail-button">
                  详情
                </Button>
                {(c.status === 'draft' || c.status === 'rejected') && c.seller.orgId === me?.org.id ? (
                  <>
                    <Button size="small" onClick={() => setEditing(c)}>
                      修改
                    </Button>
                    <Popconfirm
                      title="提交后在登记审查期间不能修改，确定提交？"
                      okText="提交"
                      cancelText="取消"
                      onConfirm={() => submit(c)}
                    >
                      <Button size="small" type="primary" loading={busy === c.id} data-testid="submit-contract">
                        提交登记
                      </Button>
                    </Popconfirm>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Drawer
        title={editing === 'new' ? '登记技术合同' : '修改技术合同'}
        open={editing !== null}
        onClose={close}
        size={screens.md ? 760 : '100%'}
        destroyOnHidden
      >
        {editing !== null && (!dealId || !deal.loading) ? (
          <>
            {dealId && deal.error ? (
              <Alert type="error" showIcon message={deal.error.message} style={{ marginBottom: 12 }} />
            ) : null}
            <ContractForm
              contract={editing === 'new' ? undefined : editing}
              deal={editing === 'new' ? deal.data : undefined}
              onSaved={() => {
                close();
                list.reload();
              }}
            />
          </>
        ) : null}
      </Drawer>
      <ContractDrawer id={openId} onClose={() => show(null)} onChanged={list.reload} />
    </Card>
  );
}
