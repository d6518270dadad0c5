import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, type Page } from '../api/client';
import type { CodeItem, Contract } from '../api/types';
import { showApiErrorOnForm } from '../components/api-form-errors';
import { ContractDrawer } from '../components/contract-detail';
import { EmptyState } from '../components/empty-state';
import { contractTypeName, useContractTypes } from '../components/reference-data';
import { useApi } from '../components/use-api';
import { dateText, fenToWanInput, idempotencyKey, wanToFen, wanYuan } from '../format';

/** 技术合同认定登记: the bureau's queue (overdue first), certification with approved amounts, rejection with a coded reason. */
export default function CertificationPage() {
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') === 'certified' ? 'certified' : 'queue');
  const [tick, setTick] = useState(0);
  const [certified, setCertified] = useState<Contract | null>(null);
  const openId = params.get('contract');
  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('contract', id);
    else next.delete('contract');
    setParams(next, { replace: true });
  };
  return (
    <Card title="技术合同认定登记">
      {certified?.registration ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCertified(null)}
          style={{ marginBottom: 16 }}
          data-testid="certified-notice"
          message={
            <span>
              「{certified.title}」已认定登记，登记号{' '}
              <Typography.Text strong data-testid="registration-no">
                {certified.registration.registrationNo}
              </Typography.Text>
              ，核定合同成交额 {wanYuan(certified.registration.approvedContractAmountFen)}、技术交易额{' '}
              {wanYuan(certified.registration.approvedTechAmountFen)}。
            </span>
          }
        />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'queue',
            label: '待登记',
            children: (
              <Queue
                tick={tick}
                onOpen={show}
                onDone={(c) => {
                  if (c.status === 'certified') setCertified(c);
                  setTick((t) => t + 1);
                }}
              />
            ),
          },
          { key: 'certified', label: '已登记', children: <Certified tick={tick} onOpen={show} /> },
        ]}
      />
      <ContractDrawer id={openId} onClose={() => show(null)} onChanged={() => setTick((t) => t + 1)} />
    </Card>
  );
}

function Queue({ tick, onOpen, onDone }: { tick: number; onOpen(id: string): void; onDone(c: Contract): void }) {
  const types = useContractTypes();
  const [page, setPage] = useState(1);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [certifying, setCertifying] = useState<Contract | null>(null);
  const [rejecting, setRejecting] = useState<Contract | null>(null);
  const queue = useApi(
    (signal) =>
      api<Page<Contract>>('/contracts/registration-queue', {
        query: { page, pageSize: 10, overdue: overdueOnly || undefined },
        signal,
      }),
    [page, overdueOnly, tick],
  );
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Switch
          checked={overdueOnly}
          onChange={(v) => {
            setOverdueOnly(v);
            setPage(1);
          }}
        />
        <span>只看已超期</span>
        <Typography.Text type="secondary">按登记期限排序，超期的排在最前。</Typography.Text>
      </Space>
      {queue.error ? <Alert type="error" showIcon message={queue.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<Contract>
        rowKey="id"
        loading={queue.loading}
        dataSource={queue.data?.items ?? []}
        scroll={{ x: 980 }}
        rowClassName={(c) => (c.overdue ? 'row-overdue' : '')}
        pagination={{
          current: page,
          pageSize: 10,
          total: queue.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 份待登记`,
        }}
        locale={{
          emptyText: (
            <EmptyState
              title={overdueOnly ? '没有超期未登记的合同' : '没有待登记的合同'}
              hint="辖区内卖方提交认定登记后，合同会出现在这里。"
            />
          ),
        }}
        columns={[
          {
            title: '登记期限',
            dataIndex: 'deadlineOn',
            width: 140,
            render: (d: string | null, c) => (
              <Space direction="vertical" size={0}>
                <span>{dateText(d)}</span>
                {c.overdue ? <Tag color="red">已超期</Tag> : null}
              </Space>
            ),
          },
          {
            title: '合同名称',
            dataIndex: 'title',
            render: (t: string, c) => <Typography.Link onClick={() => onOpen(c.id)}>{t}</Typography.Link>,
          },
          {
            title: '类型',
            dataIndex: 'contractSubtypeCode',
            width: 160,
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
            render: (f: string) => wanYuan(f),
          },
          {
            title: '操作',
            key: 'op',
            width: 180,
            render: (_: unknown, c) => (
              <Space size={4}>
                <Button size="small" type="primary" onClick={() => setCertifying(c)} data-testid="certify-contract">
                  认定登记
                </Button>
                <Button size="small" danger onClick={() => setRejecting(c)}>
                  不予登记
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CertifyModal
        contract={certifying}
        onClose={() => setCertifying(null)}
        onDone={(c) => {
          setCertifying(null);
          onDone(c);
        }}
      />
      <RejectModal
        contract={rejecting}
        onClose={() => setRejecting(null)}
        onDone={(c) => {
          setRejecting(null);
          onDone(c);
        }}
      />
    </>
  );
}

interface CertifyValues {
  approvedContractAmountFen?: string;
  approvedTechAmountFen?: string;
  comment?: string;
}

function CertifyModal({
  contract,
  onClose,
  onDone,
}: {
  contract: Contract | null;
  onClose(): void;
  onDone(c: Contract): void;
}) {
  const [form] = Form.useForm<CertifyValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // one key per opened dialog: a retry after a lost answer certifies once
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => {
    if (!contract) return;
    setKey(idempotencyKey());
    setError(null);
    form.setFieldsValue({
      approvedContractAmountFen: fenToWanInput(contract.contractAmountFen),
      approvedTechAmountFen: fenToWanInput(contract.techAmountFen),
      comment: undefined,
    });
  }, [contract, form]);

  const submit = async (v: CertifyValues) => {
    if (!contract) return;
    setBusy(true);
    setError(null);
    try {
      const after = await api<Contract>(`/contracts/${contract.id}/certify`, {
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        body: {
          version: contract.version,
          approvedContractAmountFen: v.approvedContractAmountFen
            ? (wanToFen(v.approvedContractAmountFen) ?? v.approvedContractAmountFen)
            : undefined,
          approvedTechAmountFen: v.approvedTechAmountFen
            ? (wanToFen(v.approvedTechAmountFen) ?? v.approvedTechAmountFen)
            : undefined,
          ...(v.comment ? { comment: v.comment } : {}),
        },
      });
      onDone(after);
    } catch (err) {
      setError(
        showApiErrorOnForm(form, err, { fields: ['approvedContractAmountFen', 'approvedTechAmountFen', 'comment'] }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="认定登记"
      open={!!contract}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="认定登记"
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      {contract ? (
        <Typography.Paragraph>
          {contract.title}
          <br />
          <Typography.Text type="secondary">
            申报：合同成交额 {wanYuan(contract.contractAmountFen)}，技术交易额 {wanYuan(contract.techAmountFen)}
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name="certify" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="approvedContractAmountFen" label="核定合同成交额（万元）">
          <InputNumber<string> stringMode min="0" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="approvedTechAmountFen"
          label="核定技术交易额（万元）"
          extra="设备、材料等非技术性费用不计入技术交易额"
        >
          <InputNumber<string> stringMode min="0" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="comment" label="审查意见">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RejectModal({
  contract,
  onClose,
  onDone,
}: {
  contract: Contract | null;
  onClose(): void;
  onDone(c: Contract): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reasonCode?: string; comment?: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasons = useApi((signal) => api<CodeItem[]>('/rejection-reasons', { signal }), []);
  useEffect(() => {
    if (contract) {
      form.resetFields();
      setError(null);
    }
  }, [contract, form]);

  const submit = async (v: { reasonCode?: string; comment?: string }) => {
    if (!contract) return;
    setBusy(true);
    setError(null);
    try {
      const after = await api<Contract>(`/contracts/${contract.id}/reject`, {
        method: 'POST',
        body: { version: contract.version, reasonCode: v.reasonCode, ...(v.comment ? { comment: v.comment } : {}) },
      });
      void message.success('已不予登记，卖方可修改后重新提交');
      onDone(after);
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['reasonCode', 'comment'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="不予登记"
      open={!!contract}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="不予登记"
      okButtonProps={{ danger: true }}
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      {contract ? <Typography.Paragraph>{contract.title}</Typography.Paragraph> : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name="reject-contract" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="reasonCode" label="理由" rules={[{ required: true, message: '请选择不予登记的理由' }]}>
          <Select
            loading={reasons.loading}
            options={(reasons.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
            placeholder="从代码表选择"
          />
        </Form.Item>
        <Form.Item name="comment" label="说明">
          <Input.TextArea rows={3} maxLength={2000} placeholder="告诉卖方需要补正的内容" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Certified({ tick, onOpen }: { tick: number; onOpen(id: string): void }) {
  const types = useContractTypes();
  const [page, setPage] = useState(1);
  const list = useApi(
    (signal) => api<Page<Contract>>('/contracts/certified', { query: { page, pageSize: 10 }, signal }),
    [page, tick],
  );
  return (
    <>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<Contract>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 990 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 份`,
        }}
        locale={{
          emptyText: (
            <EmptyState title="还没有已登记的合同" hint="在“待登记”中审查并认定登记后，合同会出现在这里并计入统计。" />
          ),
        }}
        columns={[
          { title: '登记号', key: 'no', width: 170, render: (_: unknown, c) => c.registration?.registrationNo ?? '—' },
          {
            title: '合同名称',
            dataIndex: 'title',
            render: (t: string, c) => (
              <Space size={4} wrap>
                <Typography.Link onClick={() => onOpen(c.id)} data-testid="certified-title">
                  {t}
                </Typography.Link>
                {c.registration?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
              </Space>
            ),
          },
          {
            title: '类型',
            dataIndex: 'contractSubtypeCode',
            width: 160,
            render: (c: string) => contractTypeName(types, c),
          },
          {
            title: '现行合同成交额',
            key: 'amount',
            width: 140,
            align: 'right',
            render: (_: unknown, c) => wanYuan(c.registration?.currentContractAmountFen),
          },
          {
            title: '现行技术交易额',
            key: 'tech',
            width: 140,
            align: 'right',
            render: (_: unknown, c) => wanYuan(c.registration?.currentTechAmountFen),
          },
          {
            title: '登记日期',
            key: 'on',
            width: 130,
            render: (_: unknown, c) => dateText(c.registration?.certifiedOn),
          },
          {
            title: '操作',
            key: 'op',
            width: 90,
            render: (_: unknown, c) => (
              <Button size="small" onClick={() => onOpen(c.id)} data-testid="open-certified">
                详情
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
