import { Button, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send, useAction, useGet, usePaged } from '../../api/query';
import type { Page } from '../../api/client';
import type { Voucher, VoucherLedger, VoucherProgramme } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { PagedTable } from '../../components/paged-table';
import { RowActionButton } from '../../components/row-action-button';
import { dateTimeText, fenToWanInput, wanToFen, wanYuan } from '../../format';
import { ProgrammeForm } from './programme-form';
import { voucherColumns, programmeColumns } from './voucher-columns';

/** 项目: the programmes of the bureau's subtree (and those accepting its vouchers), with their budgets. */
export function ProgrammesTab({ canCreate }: { canCreate: boolean }) {
  const [creating, setCreating] = useState(false);
  const list = usePaged<VoucherProgramme>('/voucher-programmes', {}, 10, (n) => `共 ${n} 个项目`);
  return (
    <>
      {canCreate ? (
        <Button
          type="primary"
          style={{ marginBottom: 12 }}
          onClick={() => setCreating(true)}
          data-testid="new-programme"
        >
          创建项目
        </Button>
      ) : null}
      <PagedTable<VoucherProgramme>
        list={list}
        scroll={{ x: 900 }}
        empty={<EmptyState title="还没有创新券项目" hint="科技局管理员创建项目后，本地区企业即可申请。" />}
        expandable={{ expandedRowRender: (p) => <ProgrammeTerms p={p} /> }}
        columns={[
          ...programmeColumns,
          { title: '预算', dataIndex: 'budgetFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '已预留', dataIndex: 'reservedFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '已兑付', dataIndex: 'redeemedFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '可用', dataIndex: 'availableFen', width: 120, render: (f: string) => wanYuan(f) },
        ]}
      />
      <ProgrammeForm open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export function ProgrammeTerms({ p }: { p: VoucherProgramme }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label="适用企业">
        {p.eligibleKinds.length ? p.eligibleKinds.map((k) => k.name).join('、') : '本地区企业'}
      </Descriptions.Item>
      <Descriptions.Item label="服务类别">{p.categories.map((c) => c.name).join('、')}</Descriptions.Item>
      <Descriptions.Item label="补助">
        按服务金额的 {p.subsidyPercent}%，每家企业每年不超过 {wanYuan(p.capPerEnterpriseFen)}
      </Descriptions.Item>
      <Descriptions.Item label="额度保留">{p.reservationDays} 天</Descriptions.Item>
      <Descriptions.Item label="服务机构">{p.providers.map((o) => o.name).join('、') || '—'}</Descriptions.Item>
      <Descriptions.Item label="通用通兑">
        {p.acceptedRegions.length ? `接受${p.acceptedRegions.map((r) => r.name).join('、')}的创新券` : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 申请审核 / 兑付审核: the vouchers waiting for the bureau's decision, with the decisions. */
export function QueueTab({ stage }: { stage: 'applied' | 'redemption_requested' }) {
  const [approving, setApproving] = useState<Voucher | null>(null);
  const [returning, setReturning] = useState<Voucher | null>(null);
  const list = usePaged<Voucher>('/vouchers', { status: stage }, 10, (n) => `共 ${n} 张`);
  const redeem = useAction((v: Voucher) => send(`/vouchers/${v.id}/redeem`, 'POST', {}), {
    invalidates: ['vouchers', 'voucher-programmes'],
    success: '已兑付，补助计入发券项目',
  });
  const applying = stage === 'applied';
  return (
    <>
      <PagedTable<Voucher>
        list={list}
        scroll={{ x: 1200 }}
        empty={
          <EmptyState title={applying ? '没有待审核的申请' : '没有待兑付的申请'} hint="企业提交后会出现在这里。" />
        }
        columns={[
          ...voucherColumns('both'),
          {
            title: applying ? '服务内容' : '兑付依据',
            key: 'basis',
            width: 220,
            render: (_: unknown, v) =>
              applying
                ? v.purpose
                : v.contractId
                  ? `已登记技术合同，服务金额 ${wanYuan(v.serviceFen)}`
                  : `服务凭证：${v.evidence ?? ''}（${wanYuan(v.serviceFen)}）`,
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, v) =>
              applying ? (
                <Space size={4}>
                  <Button size="small" type="primary" onClick={() => setApproving(v)} data-testid="approve-voucher">
                    批准
                  </Button>
                  <Button size="small" danger onClick={() => setReturning(v)}>
                    不批准
                  </Button>
                </Space>
              ) : (
                <Space size={4}>
                  <RowActionButton type="primary" action={redeem} row={v} data-testid="redeem-voucher">
                    同意兑付
                  </RowActionButton>
                  <Button size="small" danger onClick={() => setReturning(v)}>
                    退回
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <FormModal<{ amountWan: string; note?: string }>
        open={!!approving}
        name="approve"
        title="批准创新券申请"
        okText="批准并预留额度"
        okButtonProps={{ 'data-testid': 'confirm-approve' }}
        initialValues={{ amountWan: fenToWanInput(approving?.requestedFen) }}
        fields={['amountFen', 'note']}
        submit={(f) =>
          send(`/vouchers/${approving!.id}/approve`, 'POST', {
            amountFen: wanToFen(f.amountWan),
            note: f.note || undefined,
          })
        }
        invalidates={['vouchers', 'voucher-programmes']}
        success="已批准，额度已从预算中预留"
        onClose={() => setApproving(null)}
        onDone={() => setApproving(null)}
        intro={
          approving ? (
            <Typography.Paragraph>
              {approving.enterpriseName} 申请 {approving.categoryName}（{approving.providerName}），申请补助{' '}
              {wanYuan(approving.requestedFen)}。
            </Typography.Paragraph>
          ) : null
        }
      >
        <Form.Item
          name="amountWan"
          label="批准金额（万元，不超过申请金额）"
          rules={[{ required: true, message: '请填写批准金额' }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="note" label="审批意见">
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ note: string }>
        open={!!returning}
        name="return"
        title={applying ? '不批准申请' : '退回兑付申请'}
        okText="确定"
        okButtonProps={{ danger: true }}
        fields={['note']}
        submit={(f) =>
          send(`/vouchers/${returning!.id}/${applying ? 'reject' : 'return-redemption'}`, 'POST', { note: f.note })
        }
        invalidates={['vouchers', 'voucher-programmes']}
        success={applying ? '已不批准' : '已退回，企业可补充后重新申请兑付'}
        onClose={() => setReturning(null)}
        onDone={() => setReturning(null)}
      >
        <Form.Item name="note" label="原因（企业可见）" rules={[{ required: true, message: '请填写原因' }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** 预算台账: every reservation, release and redemption of a programme, newest first. */
export function LedgerTab() {
  const programmes = useGet<Page<VoucherProgramme>>('/voucher-programmes', { pageSize: 100 });
  const [chosen, setChosen] = useState<string | undefined>();
  const id = chosen ?? programmes.data?.items[0]?.id;
  const [page, setPage] = useState(1);
  const ledger = useGet<VoucherLedger>(
    id ? `/voucher-programmes/${id}/ledger` : null,
    { page, pageSize: 20 },
    { keepPrevious: true },
  );
  const l = ledger.data;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>项目</span>
        <Select
          style={{ minWidth: 260 }}
          value={id}
          onChange={(v) => {
            setChosen(v);
            setPage(1);
          }}
          options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          placeholder="选择项目"
        />
      </Space>
      {l ? (
        <Descriptions size="small" column={{ xs: 2, md: 4 }} style={{ marginBottom: 12 }} data-testid="ledger-totals">
          <Descriptions.Item label="预算">{wanYuan(l.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label="已预留">{wanYuan(l.reservedFen)}</Descriptions.Item>
          <Descriptions.Item label="已兑付">{wanYuan(l.redeemedFen)}</Descriptions.Item>
          <Descriptions.Item label="可用">{wanYuan(l.availableFen)}</Descriptions.Item>
          <Descriptions.Item label="核对">
            {l.balanced ? <Tag color="green">与逐笔记录一致</Tag> : <Tag color="red">与逐笔记录不一致</Tag>}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <Table
        rowKey="id"
        loading={ledger.isFetching}
        dataSource={l?.items ?? []}
        scroll={{ x: 700 }}
        locale={{ emptyText: <EmptyState title="暂无台账记录" hint="批准、兑付和到期释放都会在这里逐笔记录。" /> }}
        pagination={{ current: page, pageSize: 20, total: l?.total ?? 0, onChange: setPage }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (d: string) => dateTimeText(d) },
          { title: '企业', dataIndex: 'enterpriseName', width: 200 },
          { title: '类型', dataIndex: 'kindName', width: 80 },
          { title: '金额', dataIndex: 'amountFen', width: 120, render: (f: string) => wanYuan(f) },
          { title: '说明', dataIndex: 'reason', width: 240 },
        ]}
      />
    </>
  );
}
