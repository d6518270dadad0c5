import { Button, Card, Select, Space, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api } from '../api/client';
import { useAction, useGet, usePaged } from '../api/query';
import type { Contract, Deal } from '../api/types';
import { useAuth } from '../auth/auth-context';
import {
  contractCardLines,
  contractColumns,
  countingFen,
  useOpenContract,
} from '../components/contract-detail/contract-columns';
import { ContractDrawer } from '../components/contract-detail/contract-drawer';
import { CONTRACT_STATUS_COLORS } from '../components/contract-detail/contract-names';
import { ContractForm } from '../components/contract-form';
import { EmptyState } from '../components/empty-state';
import { SideDrawer } from '../components/side-drawer';
import { PagedList } from '../components/paged-list';
import { ErrorAlert } from '../components/error-alert';
import { rejectionText, useContractTypes, useRejectionReasons } from '../components/reference-data';
import { CONTRACT_STATUS_NAMES, dateText, idempotencyKey, wanYuan } from '../format';
import { whenColumn } from '../components/columns';
import { CreateBar } from '../components/create-bar';
import { ConfirmButton } from '../components/confirm-button';
import { namedOptions } from '../components/choices';

/** 我的合同: the organisation's technology contracts; the seller writes and submits them for registration. */
export default function ContractsPage() {
  const { me } = useAuth();
  const types = useContractTypes();
  const reasons = useRejectionReasons();
  const [params, setParams] = useSearchParams();
  const dealId = params.get('dealId');
  const [openId, show] = useOpenContract();
  const [status, setStatus] = useState<string>();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const list = usePaged<Contract>('/contracts', { status }, 10, (n) => `共 ${n} 份`);
  const deal = useGet<Deal>(dealId ? `/deals/${dealId}` : null);
  const submit = useAction(
    (c: Contract) =>
      api<Contract>(`/contracts/${c.id}/submit`, {
        method: 'POST',
        body: { version: c.version },
        headers: { 'Idempotency-Key': idempotencyKey() },
      }),
    { invalidates: ['contracts'], success: '已提交认定登记，等待卖方所在地科技局审查' },
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

  const state = (c: Contract) => (
    <Space direction="vertical" size={0}>
      <Tooltip title={c.rejection ? rejectionText(reasons, c.rejection) : undefined}>
        <Tag color={CONTRACT_STATUS_COLORS[c.status]} data-testid="contract-status">
          {CONTRACT_STATUS_NAMES[c.status] ?? c.status}
        </Tag>
      </Tooltip>
      {c.registration?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
      {c.registration ? (
        <Typography.Text style={{ fontSize: 12 }}>登记号 {c.registration.registrationNo}</Typography.Text>
      ) : null}
      {c.status === 'submitted' && c.deadlineOn ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          登记期限 {dateText(c.deadlineOn)}
        </Typography.Text>
      ) : null}
    </Space>
  );
  const actions = (c: Contract) => (
    <Space size={4} wrap>
      <Button size="small" onClick={() => show(c.id)} data-testid="contract-detail-button">
        详情
      </Button>
      {(c.status === 'draft' || c.status === 'rejected') && c.seller.orgId === me?.org.id ? (
        <>
          <Button size="small" onClick={() => setEditing(c)}>
            修改
          </Button>
          <ConfirmButton
            title="提交后在登记审查期间不能修改，确定提交？"
            okText="提交"
            onConfirm={() => submit.mutateAsync(c).catch(() => undefined)}
            danger={false}
            size="small"
            type="primary"
            loading={submit.isPending && submit.variables?.id === c.id}
            data-testid="submit-contract"
          >
            提交登记
          </ConfirmButton>
        </>
      ) : null}
    </Space>
  );

  return (
    <Card title="我的技术合同">
      <CreateBar
        label="登记合同"
        onCreate={() => setEditing('new')}
        testId="new-contract"
        hint="卖方填写合同并提交，所在地科技局认定登记后计入技术合同成交额统计。"
        gap={16}
      >
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          value={status}
          onChange={(v) => {
            setStatus(v);
            list.setPage(1);
          }}
          options={namedOptions(CONTRACT_STATUS_NAMES)}
        />
      </CreateBar>
      <PagedList<Contract>
        list={list}
        // every column in view in a 1440-wide window (its type only from 1600 on)
        scroll={{ x: 1080 }}
        rowTestId="my-contract"
        card={(c) => ({
          title: (
            <Typography.Link onClick={() => show(c.id)} data-testid="contract-title">
              {c.title}
            </Typography.Link>
          ),
          lines: contractCardLines(
            c,
            `合同成交额 ${wanYuan(countingFen(c, 'contract'))}${c.signedOn ? ` · 签订于 ${dateText(c.signedOn)}` : ''}`,
            state(c),
          ),
        })}
        actions={actions}
        empty={
          <EmptyState
            title="还没有技术合同"
            hint="对接签约后，在“对接看板”里点“登记合同”，或直接点上方“登记合同”填写。"
          />
        }
        columns={[
          {
            title: '合同名称',
            dataIndex: 'title',
            width: 220,
            render: (t: string, c) => (
              <Typography.Link onClick={() => show(c.id)} data-testid="contract-title">
                {t}
              </Typography.Link>
            ),
          },
          ...contractColumns(types, { typeWidth: 150, responsive: true, typeFrom: 'xxl' }),
          whenColumn('签订日期', 'signedOn', 130, { date: true, responsive: ['md'] }),
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (_: string, c) => state(c),
          },
          {
            title: '操作',
            key: 'op',
            width: 160,
            // stays in view while the other columns scroll in a narrow window (a phone shows cards)
            fixed: 'right',
            render: (_: unknown, c) => actions(c),
          },
        ]}
      />
      <SideDrawer
        title={editing === 'new' ? '登记技术合同' : '修改技术合同'}
        open={editing !== null}
        onClose={close}
        width={760}
      >
        {editing !== null && (!dealId || !deal.isPending) ? (
          <>
            <ErrorAlert error={dealId ? deal.error : null} />
            <ContractForm
              contract={editing === 'new' ? undefined : editing}
              deal={editing === 'new' ? deal.data : undefined}
              onSaved={close}
            />
          </>
        ) : null}
      </SideDrawer>
      <ContractDrawer id={openId} onClose={() => show(null)} />
    </Card>
  );
}
