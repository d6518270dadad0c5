import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  InputNumber,
  Modal,
  Skeleton,
  Space,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, type Page } from '../api/client';
import type {
  Contract,
  ContractAdjustment,
  ContractParty,
  PriceObjection,
  PricePublicationSummary,
  Region,
} from '../api/types';
import { useAuth } from '../auth/auth-context';
import { CONTRACT_STATUS_NAMES, dateText, dateTimeText, fenToWanInput, wanToFen, wanYuan } from '../format';
import { showApiErrorOnForm } from './api-form-errors';
import { contractTypeName, useContractTypes, useRegionName, useTechFields } from './reference-data';
import { useApi } from './use-api';

export const CONTRACT_STATUS_COLORS: Record<string, string> = {
  draft: 'default',
  submitted: 'processing',
  rejected: 'error',
  certified: 'success',
};

const ADJUSTMENT_NAMES: Record<ContractAdjustment['kind'], string> = {
  amendment: '变更登记',
  cancellation: '解除/注销',
};

/** 协议定价公示 applies to transfers and licences at a negotiated price by universities and institutes. */
const PUBLICATION_TYPES = ['transfer', 'licence'];
const PUBLIC_SELLERS = ['university', 'research_institute'];

/** A signed amount in 万元: "+10 万元", "-30 万元". */
function deltaText(fen: string): string {
  const n = BigInt(fen);
  if (n === 0n) return '不变';
  return n > 0n ? `+${wanYuan(fen)}` : wanYuan(fen);
}

/** The last day of a publication: the API's endOn is the first day after it. */
const lastDay = (endOn: string) => dayjs(endOn).subtract(1, 'day');

/**
 * Is the signed-in bureau the registry of `regionCode` or above it? The API lets only such a
 * bureau amend or cancel a registration and read a publication's objections.
 */
function useBureauAbove(regionCode: string | undefined): boolean {
  const { me } = useAuth();
  const bureau = me?.org.type === 'bureau';
  const region = useApi(
    (signal) => (bureau && regionCode ? api<Region>(`/regions/${regionCode}`, { signal }) : Promise.resolve(undefined)),
    [bureau, regionCode],
  );
  if (!bureau || !me || !region.data) return false;
  return region.data.code === me.org.regionCode || !!region.data.ancestors?.some((a) => a.code === me.org.regionCode);
}

/** The contract detail in a drawer (合同详情), opened from the contract lists. */
export function ContractDrawer({ id, onClose, onChanged }: { id: string | null; onClose(): void; onChanged(): void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer title="合同详情" open={!!id} onClose={onClose} size={screens.md ? 760 : '100%'} destroyOnHidden>
      {id ? <ContractDetail id={id} onChanged={onChanged} /> : null}
    </Drawer>
  );
}

/**
 * One contract: declared and approved amounts, its registration, the history of amendments and
 * cancellation (new records; the certified record never changes), the registry's 变更 and
 * 解除/注销, and the seller's 协议定价公示 with its objections.
 */
export function ContractDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { me, can } = useAuth();
  const types = useContractTypes();
  const fields = useTechFields();
  const screens = Grid.useBreakpoint();
  const [tick, setTick] = useState(0);
  const [adjusting, setAdjusting] = useState<ContractAdjustment['kind'] | null>(null);
  const [publishing, setPublishing] = useState(false);
  const detail = useApi((signal) => api<Contract>(`/contracts/${id}`, { signal }), [id, tick]);
  const c = detail.data;
  const registryAbove = useBureauAbove(c?.seller.regionCode);
  const sellerRegion = useRegionName(c?.seller.regionCode);
  const buyerRegion = useRegionName(c?.buyer.regionCode);
  const refresh = () => {
    setTick((t) => t + 1);
    onChanged();
  };

  if (detail.loading && !c) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (detail.error || !c) return <Alert type="error" showIcon message={detail.error?.message ?? '加载失败'} />;

  const reg = c.registration;
  const isSeller = !!me && c.seller.orgId === me.org.id;
  const canAdjust = can('contract:certify') && registryAbove && c.status === 'certified' && !!reg && !reg.cancelled;
  const publicationApplies = c.negotiatedPrice && PUBLICATION_TYPES.includes(c.contractTypeCode);
  const canPublish =
    isSeller &&
    can('contract:write-own') &&
    PUBLIC_SELLERS.includes(me?.org.type ?? '') &&
    publicationApplies &&
    !c.pricePublication &&
    c.status !== 'certified';
  const canSeeObjections = isSeller || registryAbove || can('platform:admin');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="contract-detail">
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {c.title}
        </Typography.Title>
        <Tag color={CONTRACT_STATUS_COLORS[c.status]} data-testid="contract-detail-status">
          {CONTRACT_STATUS_NAMES[c.status] ?? c.status}
        </Tag>
        {reg?.cancelled ? <Tag color="red">已解除/注销</Tag> : null}
      </Space>
      {c.rejection ? (
        <Alert
          type="warning"
          showIcon
          message={`不予登记：${c.rejection.comment ?? c.rejection.reasonCode}`}
          description="卖方修改后可重新提交认定登记。"
        />
      ) : null}

      <Descriptions column={screens.md ? 2 : 1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
        <Descriptions.Item label="合同类型">{contractTypeName(types, c.contractSubtypeCode)}</Descriptions.Item>
        <Descriptions.Item label="技术领域">{fields[c.techFieldCode] ?? c.techFieldCode}</Descriptions.Item>
        <Descriptions.Item label="卖方">
          <PartyText party={c.seller} region={sellerRegion} />
        </Descriptions.Item>
        <Descriptions.Item label="买方">
          <PartyText party={c.buyer} region={buyerRegion} />
        </Descriptions.Item>
        {c.intermediary ? (
          <Descriptions.Item label="中介方">
            <PartyText party={c.intermediary} />
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="签订日期">{dateText(c.signedOn)}</Descriptions.Item>
        <Descriptions.Item label="协议定价">{c.negotiatedPrice ? '是' : '否'}</Descriptions.Item>
        {reg ? (
          <>
            <Descriptions.Item label="登记号">
              <Typography.Text strong copyable data-testid="contract-registration-no">
                {reg.registrationNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="认定日期">{dateText(reg.certifiedOn)}</Descriptions.Item>
          </>
        ) : null}
        {c.status === 'submitted' && c.deadlineOn ? (
          <Descriptions.Item label="登记期限">{dateText(c.deadlineOn)}</Descriptions.Item>
        ) : null}
      </Descriptions>

      <Amounts contract={c} />

      {reg ? (
        <div>
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              登记、变更与注销记录
            </Typography.Title>
            {canAdjust ? (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  onClick={() => setAdjusting('amendment')}
                  data-testid="amend-contract"
                >
                  变更
                </Button>
                <Button size="small" danger onClick={() => setAdjusting('cancellation')} data-testid="cancel-contract">
                  解除/注销
                </Button>
              </Space>
            ) : null}
          </Space>
          <History contract={c} />
        </div>
      ) : null}

      {publicationApplies ? (
        <div data-testid="price-publication">
          <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
            <Typography.Title level={5} style={{ margin: 0 }}>
              协议定价公示
            </Typography.Title>
            {canPublish ? (
              <Button size="small" type="primary" onClick={() => setPublishing(true)} data-testid="start-publication">
                发起公示
              </Button>
            ) : null}
          </Space>
          {c.pricePublication ? (
            <PublicationInfo publication={c.pricePublication} />
          ) : (
            <Alert
              type="info"
              showIcon
              message="尚未公示"
              description={
                isSeller
                  ? '高校、科研院所以协议定价方式转让或许可科技成果的，须在网上公示不少于 15 日，公示期满后方可认定登记。'
                  : '卖方发起公示后，公示期和异议会显示在这里。'
              }
            />
          )}
          {c.pricePublication && canSeeObjections ? (
            <Objections publicationId={c.pricePublication.id} count={c.pricePublication.objectionCount} />
          ) : null}
        </div>
      ) : null}

      {reg ? (
        <AdjustModal
          contract={c}
          kind={adjusting}
          onClose={() => setAdjusting(null)}
          onDone={() => {
            setAdjusting(null);
            refresh();
          }}
        />
      ) : null}
      <PublishModal
        contract={publishing ? c : null}
        onClose={() => setPublishing(false)}
        onDone={() => {
          setPublishing(false);
          refresh();
        }}
      />
    </Space>
  );
}

/** Declared (by the parties), approved (by the registry) and current (after amendments) amounts. */
function Amounts({ contract: c }: { contract: Contract }) {
  const reg = c.registration;
  const rows = [
    { key: 'declared', label: '申报（合同填报）', contract: c.contractAmountFen, tech: c.techAmountFen },
    ...(reg
      ? [
          {
            key: 'approved',
            label: '核定（认定登记）',
            contract: reg.approvedContractAmountFen,
            tech: reg.approvedTechAmountFen,
          },
          {
            key: 'current',
            label: '现行（计入统计）',
            contract: reg.currentContractAmountFen,
            tech: reg.currentTechAmountFen,
          },
        ]
      : []),
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      data-testid="contract-amounts"
      columns={[
        { title: '金额', dataIndex: 'label' },
        { title: '合同成交额', dataIndex: 'contract', align: 'right', render: (f: string) => wanYuan(f) },
        { title: '技术交易额', dataIndex: 'tech', align: 'right', render: (f: string) => wanYuan(f) },
      ]}
    />
  );
}

/** The certification, then each amendment and the cancellation as the records they are. */
function History({ contract: c }: { contract: Contract }) {
  const reg = c.registration!;
  const items = [
    {
      color: 'green',
      children: (
        <div>
          <Typography.Text strong>认定登记</Typography.Text>
          <Typography.Text type="secondary"> · {dateText(reg.certifiedOn)}</Typography.Text>
          <div>
            核定合同成交额 {wanYuan(reg.approvedContractAmountFen)}，技术交易额 {wanYuan(reg.approvedTechAmountFen)}
            （原记录保持不变）
          </div>
        </div>
      ),
    },
    ...(c.adjustments ?? []).map((a) => {
      const beforeContract = (BigInt(a.contractAmountAfterFen) - BigInt(a.contractAmountDeltaFen)).toString();
      const beforeTech = (BigInt(a.techAmountAfterFen) - BigInt(a.techAmountDeltaFen)).toString();
      return {
        color: a.kind === 'cancellation' ? 'red' : 'blue',
        children: (
          <div data-testid="adjustment">
            <Typography.Text strong>{ADJUSTMENT_NAMES[a.kind]}</Typography.Text>
            <Typography.Text type="secondary">
              {' '}
              · 自 {dateText(a.effectiveDate)} 起生效 · 办理于 {dateTimeText(a.recordedAt)}
            </Typography.Text>
            {a.kind === 'amendment' ? (
              <div>
                合同成交额 {wanYuan(beforeContract)} → {wanYuan(a.contractAmountAfterFen)}（
                {deltaText(a.contractAmountDeltaFen)}）；技术交易额 {wanYuan(beforeTech)} →{' '}
                {wanYuan(a.techAmountAfterFen)}（{deltaText(a.techAmountDeltaFen)}）
              </div>
            ) : (
              <div>
                冲减合同成交额 {wanYuan(beforeContract)}、技术交易额 {wanYuan(beforeTech)}，合同数 {a.countDelta}
              </div>
            )}
            <div style={{ whiteSpace: 'pre-wrap' }}>理由：{a.reason}</div>
          </div>
        ),
      };
    }),
  ];
  return <Timeline data-testid="contract-history" items={items} />;
}

interface AdjustValues {
  effectiveDate?: Dayjs;
  contractAmountFen?: string;
  techAmountFen?: string;
  reason?: string;
}

/**
 * 变更 (new amounts) or 解除/注销 of a certified contract. A confirmation says what happens: the
 * certified record stays as it is and a new record adjusts the statistics from the effective date.
 */
function AdjustModal({
  contract: c,
  kind,
  onClose,
  onDone,
}: {
  contract: Contract;
  kind: ContractAdjustment['kind'] | null;
  onClose(): void;
  onDone(): void;
}) {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<AdjustValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reg = c.registration!;
  const amendment = kind === 'amendment';
  useEffect(() => {
    if (!kind) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({
      effectiveDate: dayjs(),
      contractAmountFen: fenToWanInput(reg.currentContractAmountFen),
      techAmountFen: fenToWanInput(reg.currentTechAmountFen),
    });
  }, [kind, form, reg.currentContractAmountFen, reg.currentTechAmountFen]);

  const send = async (body: Record<string, unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await api<Contract>(`/contracts/${c.id}/${amendment ? 'amendments' : 'cancellation'}`, { method: 'POST', body });
      void message.success(amendment ? '变更登记已办理，新增一条变更记录' : '已解除/注销登记，新增一条注销记录');
      onDone();
    } catch (err) {
      setError(
        showApiErrorOnForm(form, err, { fields: ['effectiveDate', 'contractAmountFen', 'techAmountFen', 'reason'] }),
      );
    } finally {
      setBusy(false);
    }
  };

  const confirm = (v: AdjustValues) => {
    const date = v.effectiveDate?.format('YYYY-MM-DD');
    const amount = (wan: string | undefined) =>
      wan === undefined || wan === null || wan === '' ? undefined : (wanToFen(wan) ?? String(wan));
    const body: Record<string, unknown> = amendment
      ? {
          effectiveDate: date,
          contractAmountFen: amount(v.contractAmountFen),
          techAmountFen: amount(v.techAmountFen),
          reason: v.reason?.trim() ?? '',
        }
      : { effectiveDate: date, reason: v.reason?.trim() ?? '' };
    const contractAfter = amendment ? wanToFen(v.contractAmountFen) : '0';
    const techAfter = amendment ? wanToFen(v.techAmountFen) : '0';
    modal.confirm({
      title: amendment ? '确认办理变更登记？' : '确认解除/注销登记？',
      okText: amendment ? '确认变更' : '确认解除/注销',
      okButtonProps: { danger: !amendment, 'data-testid': 'confirm-adjustment' },
      cancelText: '返回修改',
      content: (
        <div data-testid="adjustment-confirm">
          <p>
            原认定登记（登记号 {reg.registrationNo}，核定合同成交额 {wanYuan(reg.approvedContractAmountFen)}
            ）仍为“已登记”，不作修改、不会删除；
            {amendment ? '将新增一条变更记录' : '将新增一条解除/注销记录'}，自 {date ? dateText(date) : '生效日期'}{' '}
            起调整统计：
          </p>
          <ul style={{ paddingInlineStart: 20, margin: 0 }}>
            <li>
              合同成交额 {wanYuan(reg.currentContractAmountFen)} →{' '}
              {contractAfter === undefined ? '（金额有误）' : wanYuan(contractAfter)}
            </li>
            <li>
              技术交易额 {wanYuan(reg.currentTechAmountFen)} →{' '}
              {techAfter === undefined ? '（金额有误）' : wanYuan(techAfter)}
            </li>
            {amendment ? null : <li>合同数减 1；注销后不能再办理变更</li>}
          </ul>
        </div>
      ),
      onOk: () => send(body),
    });
  };

  return (
    <Modal
      title={amendment ? '变更登记' : '解除/注销登记'}
      open={!!kind}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="下一步"
      okButtonProps={{ danger: !amendment, 'data-testid': 'adjustment-next' }}
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="原登记记录保持已登记，另行新增一条记录"
        description={`登记号 ${reg.registrationNo} 的认定登记及核定金额不会被修改；${amendment ? '变更' : '解除/注销'}作为新记录，自生效日期起按差额调整统计。`}
      />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name={`adjust-${kind ?? 'none'}`} layout="vertical" onFinish={confirm}>
        <Form.Item name="effectiveDate" label="生效日期" extra={`不早于认定日期 ${dateText(reg.certifiedOn)}`}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(reg.certifiedOn), 'day')} />
        </Form.Item>
        {amendment ? (
          <>
            <Form.Item
              name="contractAmountFen"
              label="变更后合同成交额（万元）"
              extra={`现为 ${wanYuan(reg.currentContractAmountFen)}`}
            >
              <InputNumber<string> stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="techAmountFen"
              label="变更后技术交易额（万元）"
              extra={`现为 ${wanYuan(reg.currentTechAmountFen)}；不超过合同成交额`}
            >
              <InputNumber<string> stringMode min="0" style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item
          name="reason"
          label={amendment ? '变更理由' : '解除/注销理由'}
          rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={amendment ? '如：双方签订补充协议，合同金额调减' : '如：双方协商一致解除合同'}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Period, state and objection count of a publication. */
function PublicationInfo({ publication: p }: { publication: PricePublicationSummary }) {
  const today = dayjs().startOf('day');
  const state = today.isBefore(dayjs(p.startOn))
    ? { text: '未开始', color: 'default' }
    : today.isBefore(dayjs(p.endOn))
      ? { text: '公示中', color: 'orange' }
      : { text: '公示期满', color: 'green' };
  const days = dayjs(p.endOn).diff(dayjs(p.startOn), 'day');
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="公示期">
        <span data-testid="publication-period">
          {dateText(p.startOn)} 至 {dateText(lastDay(p.endOn).format('YYYY-MM-DD'))}（{days} 日）
        </span>{' '}
        <Tag color={state.color}>{state.text}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label="可认定登记">{dateText(p.endOn)} 起</Descriptions.Item>
      <Descriptions.Item label="异议">{p.objectionCount} 条</Descriptions.Item>
    </Descriptions>
  );
}

/** Objections to a publication, oldest first (the seller and the registry read them). */
function Objections({ publicationId, count }: { publicationId: string; count: number }) {
  const [page, setPage] = useState(1);
  const list = useApi(
    (signal) =>
      api<Page<PriceObjection>>(`/price-publications/${publicationId}/objections`, {
        query: { page, pageSize: 5 },
        signal,
      }),
    [publicationId, page, count],
  );
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text strong>公示异议</Typography.Text>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ margin: '8px 0' }} /> : null}
      <Table<PriceObjection>
        size="small"
        rowKey="id"
        style={{ marginTop: 8 }}
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 560 }}
        data-testid="objections"
        pagination={{
          current: page,
          pageSize: 5,
          total: list.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showTotal: (n) => `共 ${n} 条`,
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="公示期内暂无异议" /> }}
        columns={[
          { title: '提出人', dataIndex: 'submitterName', width: 110 },
          {
            title: '异议内容',
            dataIndex: 'content',
            render: (t: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{t}</span>,
          },
          { title: '联系方式', dataIndex: 'contact', width: 140, render: (t: string | null) => t ?? '—' },
          { title: '提出时间', dataIndex: 'submittedAt', width: 140, render: (t: string) => dateTimeText(t) },
        ]}
      />
    </div>
  );
}

interface PublishValues {
  startOn?: Dayjs;
  days?: number | null;
}

/** The seller starts the 协议定价公示: from a start day (today by default) for at least 15 days. */
function PublishModal({
  contract: c,
  onClose,
  onDone,
}: {
  contract: Contract | null;
  onClose(): void;
  onDone(): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<PublishValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!c) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue({ startOn: dayjs(), days: 15 });
  }, [c, form]);

  const submit = async (v: PublishValues) => {
    if (!c) return;
    setBusy(true);
    setError(null);
    try {
      await api(`/contracts/${c.id}/price-publication`, {
        method: 'POST',
        body: {
          ...(v.startOn ? { startOn: v.startOn.format('YYYY-MM-DD') } : {}),
          ...(v.days === null || v.days === undefined ? {} : { days: v.days }),
        },
      });
      void message.success('协议定价公示已发布，公示期满后方可认定登记');
      onDone();
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['startOn', 'days'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="发起协议定价公示"
      open={!!c}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="发布公示"
      okButtonProps={{ 'data-testid': 'publish-price' }}
      cancelText="取消"
      confirmLoading={busy}
      forceRender
    >
      {c ? (
        <Typography.Paragraph>
          {c.title}
          <br />
          <Typography.Text type="secondary">
            公示内容：成果名称、转让方 {c.seller.name}、受让方 {c.buyer.name}、成交价格 {wanYuan(c.contractAmountFen)}
            。公示期内任何登录用户可提出异议。
          </Typography.Text>
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} name="price-publication" layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="startOn" label="公示开始日期">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="days" label="公示天数" extra="不少于 15 日，最多 90 日">
          <InputNumber precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A party as the registry reads it: name, region, credit code, and whether the platform vouches for it. */
function PartyText({ party, region }: { party: ContractParty; region?: string }) {
  return (
    <Space size={4} wrap>
      <span>{party.name}</span>
      {region ? <Typography.Text type="secondary">（{region}）</Typography.Text> : null}
      {party.creditCode ? (
        <Typography.Text type="secondary">统一社会信用代码 {party.creditCode}</Typography.Text>
      ) : null}
      {party.registered ? null : <Tag color="orange">未在平台注册</Tag>}
    </Space>
  );
}
