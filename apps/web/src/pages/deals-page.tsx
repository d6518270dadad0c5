import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api, type Page } from '../api/client';
import type { CommissionBasis, Deal, DealBoard, DealStage } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { showApiErrorOnForm } from '../components/api-form-errors';
import { EmptyState } from '../components/empty-state';
import { useApi } from '../components/use-api';
import { dateTimeText, fenToWanInput, PARTY_STATUS_NAMES, STAGE_NAMES, wanToFen, wanYuan } from '../format';

const STAGE_COLORS: Record<string, string> = {
  lead: 'default',
  contacted: 'cyan',
  introduced: 'blue',
  negotiating: 'purple',
  signed: 'green',
  dropped: 'red',
};
const EVENT_NAMES: Record<string, string> = {
  opened: '发起对接',
  invited: '邀请参与方',
  accepted: '接受邀请',
  declined: '谢绝邀请',
  stage: '推进阶段',
  note: '记录进展',
  commission: '修改佣金条款',
};

/** Can the signed-in user move this deal (its broker, or the broker organisation's manager)? */
function useIsBroker(): (d: Deal) => boolean {
  const { me, can } = useAuth();
  return (d) => !!me && (d.brokerUserId === me.user.id || (d.brokerOrgId === me.org.id && can('deal:manage')));
}

/** 对接看板: deals by stage for brokers and bureaus; the deals an organisation takes part in. */
export default function DealsPage() {
  const { me, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const openId = params.get('deal');
  const bureau = me?.org.type === 'bureau';
  const brokerish =
    bureau || me?.user.roles.includes('broker') || me?.org.type === 'broker_agency' || me?.org.type === 'platform';
  const [tab, setTab] = useState(brokerish ? 'board' : 'mine');
  const [tick, setTick] = useState(0);
  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('deal', id);
    else next.delete('deal');
    setParams(next, { replace: true });
  };

  return (
    <Card title={bureau ? '对接看板（本辖区）' : '对接看板'}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'board',
            label: bureau ? '辖区对接看板' : '我经办的对接',
            children: (
              <Board scope={bureau ? 'region' : 'broker'} onOpen={show} tick={tick} canOpen={can('deal:manage')} />
            ),
          },
          { key: 'mine', label: '全部可见的对接', children: <DealList onOpen={show} tick={tick} /> },
        ]}
      />
      <DealDrawer id={openId} onClose={() => show(null)} onChanged={() => setTick((t) => t + 1)} />
    </Card>
  );
}

function Board({
  scope,
  onOpen,
  tick,
  canOpen,
}: {
  scope: 'broker' | 'region';
  onOpen(id: string): void;
  tick: number;
  canOpen: boolean;
}) {
  const board = useApi(
    (signal) => api<DealBoard>('/deals/board', { query: { scope, perColumn: 20 }, signal }),
    [scope, tick],
  );
  const isBroker = useIsBroker();
  if (board.loading && !board.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (board.error) return <Alert type="error" showIcon message={board.error.message} />;
  const columns = board.data?.columns ?? [];
  if (columns.every((c) => c.total === 0))
    return (
      <EmptyState
        title="看板上还没有对接项目"
        hint={
          canOpen
            ? '在技术需求或科技成果的“匹配结果”页点击“发起对接”，对接项目会出现在这里。'
            : '经纪人发起对接后，对接项目会按阶段出现在这里。'
        }
        action={
          <Link to="/search">
            <Button>去找需求和成果</Button>
          </Link>
        }
      />
    );
  return (
    <div className="kanban" data-testid="deal-board">
      {columns.map((col) => (
        <div key={col.stage} className="kanban-column" data-testid={`column-${col.stage}`}>
          <div className="kanban-column-head">
            <Tag color={STAGE_COLORS[col.stage]}>{STAGE_NAMES[col.stage]}</Tag>
            <Badge count={col.total} showZero color="#bfbfbf" />
          </div>
          {col.items.length === 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              暂无
            </Typography.Text>
          ) : null}
          {col.items.map((d) => (
            <DealCard key={d.id} deal={d} canMove={isBroker(d)} onOpen={() => onOpen(d.id)} onMoved={board.reload} />
          ))}
        </div>
      ))}
    </div>
  );
}

function useMove(deal: Deal, onMoved: (d: Deal) => void) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<DealStage | null>(null);
  const move = async (to: DealStage, note?: string) => {
    setBusy(to);
    try {
      const after = await api<Deal>(`/deals/${deal.id}/stage`, {
        method: 'POST',
        body: { to, version: deal.version, ...(note ? { note } : {}) },
      });
      void message.success(`已转到「${STAGE_NAMES[to]}」`);
      onMoved(after);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };
  return { busy, move };
}

function DealCard({
  deal: d,
  canMove,
  onOpen,
  onMoved,
}: {
  deal: Deal;
  canMove: boolean;
  onOpen(): void;
  onMoved(): void;
}) {
  const { busy, move } = useMove(d, onMoved);
  const forward = d.nextStages.filter((s) => s !== 'dropped');
  return (
    <Card size="small" className="kanban-card" data-testid="deal-card" styles={{ body: { padding: 10 } }}>
      <Typography.Link strong onClick={onOpen} data-testid="deal-title">
        {d.title}
      </Typography.Link>
      <div style={{ margin: '6px 0' }}>
        {d.parties.map((p) => (
          <div key={p.orgId} style={{ fontSize: 12 }}>
            {p.role === 'seller' ? '卖方' : '买方'}：{p.name}{' '}
            <Tag
              color={p.status === 'accepted' ? 'green' : p.status === 'declined' ? 'red' : 'gold'}
              style={{ fontSize: 11, marginInlineEnd: 0 }}
            >
              {PARTY_STATUS_NAMES[p.status]}
            </Tag>
          </div>
        ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        更新于 {dateTimeText(d.updatedAt)}
      </Typography.Text>
      {canMove && d.nextStages.length ? (
        <Space size={4} wrap style={{ marginTop: 6, display: 'flex' }}>
          {forward.map((s) => (
            <Button
              key={s}
              size="small"
              type="primary"
              loading={busy === s}
              onClick={() => void move(s)}
              data-testid="advance-deal"
            >
              推进到「{STAGE_NAMES[s]}」
            </Button>
          ))}
          {d.nextStages.includes('dropped') ? (
            <Popconfirm
              title="终止后不能恢复，确定终止这项对接？"
              okText="终止"
              cancelText="取消"
              onConfirm={() => move('dropped', '经纪人终止对接')}
            >
              <Button size="small" danger loading={busy === 'dropped'}>
                终止
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
    </Card>
  );
}

function DealList({ onOpen, tick }: { onOpen(id: string): void; tick: number }) {
  const [page, setPage] = useState(1);
  const list = useApi((signal) => api<Page<Deal>>('/deals', { query: { page, pageSize: 10 }, signal }), [page, tick]);
  const { me } = useAuth();
  return (
    <>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<Deal>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 640 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 项`,
        }}
        locale={{
          emptyText: (
            <EmptyState title="还没有对接项目" hint="经纪人或科技局为您的需求、成果发起对接后，会在这里邀请您参与。" />
          ),
        }}
        columns={[
          {
            title: '对接名称',
            dataIndex: 'title',
            render: (t: string, d) => <Typography.Link onClick={() => onOpen(d.id)}>{t}</Typography.Link>,
          },
          {
            title: '阶段',
            dataIndex: 'stage',
            width: 100,
            render: (s: string) => <Tag color={STAGE_COLORS[s]}>{STAGE_NAMES[s]}</Tag>,
          },
          {
            title: '我方',
            key: 'me',
            width: 140,
            render: (_: unknown, d) => {
              const mine = d.parties.find((p) => p.orgId === me?.org.id);
              if (!mine) return <Typography.Text type="secondary">经办</Typography.Text>;
              return (
                <Space size={4}>
                  {mine.role === 'seller' ? '卖方' : '买方'}
                  <Tag
                    color={mine.status === 'accepted' ? 'green' : mine.status === 'declined' ? 'red' : 'gold'}
                    data-testid="my-party-status"
                  >
                    {PARTY_STATUS_NAMES[mine.status]}
                  </Tag>
                </Space>
              );
            },
          },
          {
            title: '更新时间',
            dataIndex: 'updatedAt',
            width: 150,
            responsive: ['md'],
            render: (t: string) => dateTimeText(t),
          },
          {
            title: '操作',
            key: 'op',
            width: 120,
            render: (_: unknown, d) => (
              <Button size="small" onClick={() => onOpen(d.id)}>
                查看
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}

function DealDrawer({ id, onClose, onChanged }: { id: string | null; onClose(): void; onChanged(): void }) {
  const screens = Grid.useBreakpoint();
  return (
    <Drawer title="对接详情" open={!!id} onClose={onClose} size={screens.md ? 640 : '100%'} destroyOnHidden>
      {id ? <DealDetail id={id} onChanged={onChanged} /> : null}
    </Drawer>
  );
}

function DealDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { message } = App.useApp();
  const { me } = useAuth();
  const isBroker = useIsBroker();
  const [tick, setTick] = useState(0);
  const detail = useApi((signal) => api<Deal>(`/deals/${id}`, { signal }), [id, tick]);
  const [busy, setBusy] = useState<string | null>(null);
  const [noteForm] = Form.useForm<{ note: string }>();
  const refresh = () => {
    setTick((t) => t + 1);
    onChanged();
  };
  const { busy: moving, move } = useMove(detail.data ?? ({ id, version: 0 } as Deal), refresh);

  const call = async (what: 'accept' | 'decline' | 'note', note?: string) => {
    setBusy(what);
    try {
      await api<Deal>(`/deals/${id}/${what === 'note' ? 'notes' : what}`, {
        method: 'POST',
        ...(what === 'note' ? { body: { note } } : {}),
      });
      void message.success(what === 'accept' ? '已接受邀请' : what === 'decline' ? '已谢绝邀请' : '已记录');
      if (what === 'note') noteForm.resetFields();
      refresh();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };

  if (detail.loading && !detail.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.error || !detail.data)
    return <Alert type="error" showIcon message={detail.error?.message ?? '加载失败'} />;
  const d = detail.data;
  const mine = d.parties.find((p) => p.orgId === me?.org.id);
  const broker = isBroker(d);
  const canNote = broker || mine?.status === 'accepted';
  const forward = d.nextStages.filter((s) => s !== 'dropped');

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="deal-detail">
      <Space wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {d.title}
        </Typography.Title>
        <Tag color={STAGE_COLORS[d.stage]} data-testid="deal-stage">
          {STAGE_NAMES[d.stage]}
        </Tag>
      </Space>
      <Descriptions column={1} size="small" bordered>
        {d.parties.map((p) => (
          <Descriptions.Item key={p.orgId} label={p.role === 'seller' ? '卖方' : '买方'}>
            {p.name}{' '}
            <Tag color={p.status === 'accepted' ? 'green' : p.status === 'declined' ? 'red' : 'gold'}>
              {PARTY_STATUS_NAMES[p.status]}
            </Tag>
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="发起时间">{dateTimeText(d.createdAt)}</Descriptions.Item>
        {d.needId ? (
          <Descriptions.Item label="技术需求">
            <Link to={`/listings/needs/${d.needId}`}>查看需求</Link>
          </Descriptions.Item>
        ) : null}
        {d.achievementId ? (
          <Descriptions.Item label="科技成果">
            <Link to={`/listings/achievements/${d.achievementId}`}>查看成果</Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {mine?.status === 'invited' && d.stage !== 'signed' && d.stage !== 'dropped' ? (
        <Alert
          type="info"
          showIcon
          message="经纪人邀请贵单位参与这项对接"
          action={
            <Space>
              <Button
                type="primary"
                size="small"
                loading={busy === 'accept'}
                onClick={() => void call('accept')}
                data-testid="accept-deal"
              >
                接受
              </Button>
              <Button size="small" loading={busy === 'decline'} onClick={() => void call('decline')}>
                谢绝
              </Button>
            </Space>
          }
        />
      ) : null}
      {broker && d.nextStages.length ? (
        <Space wrap>
          {forward.map((s) => (
            <Button key={s} type="primary" loading={moving === s} onClick={() => void move(s)}>
              推进到「{STAGE_NAMES[s]}」
            </Button>
          ))}
          <Popconfirm
            title="终止后不能恢复，确定终止？"
            okText="终止"
            cancelText="取消"
            onConfirm={() => move('dropped', '经纪人终止对接')}
          >
            <Button danger loading={moving === 'dropped'}>
              终止对接
            </Button>
          </Popconfirm>
        </Space>
      ) : null}
      <CommissionTerms deal={d} editable={broker && d.stage !== 'signed' && d.stage !== 'dropped'} onSaved={refresh} />
      {d.stage === 'signed' && mine?.role === 'seller' ? (
        <Alert
          type="success"
          showIcon
          message="对接已签约：请卖方登记技术合同，提交所在地科技局认定登记。"
          action={
            <Link to={`/contracts?dealId=${d.id}`}>
              <Button type="primary" size="small" data-testid="register-contract">
                登记合同
              </Button>
            </Link>
          }
        />
      ) : null}
      <div>
        <Typography.Title level={5}>进展时间线</Typography.Title>
        {d.timeline?.length ? (
          <Timeline
            data-testid="deal-timeline"
            items={d.timeline.map((e) => ({
              color:
                e.kind === 'stage' ? (e.toStage === 'dropped' ? 'red' : 'green') : e.kind === 'note' ? 'blue' : 'gray',
              children: (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTimeText(e.at)}
                  </Typography.Text>{' '}
                  <Typography.Text strong>{EVENT_NAMES[e.kind] ?? e.kind}</Typography.Text>
                  {e.toStage ? `：${e.fromStage ? `${STAGE_NAMES[e.fromStage]} → ` : ''}${STAGE_NAMES[e.toStage]}` : ''}
                  {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty description="还没有进展记录" />
        )}
      </div>
      {canNote ? (
        <Form form={noteForm} layout="vertical" onFinish={(v) => void call('note', v.note)}>
          <Form.Item name="note" label="记录进展" rules={[{ required: true, whitespace: true, message: '请填写进展' }]}>
            <Input.TextArea rows={3} maxLength={5000} placeholder="如：双方已完成技术交流，进入报价阶段" />
          </Form.Item>
          <Button htmlType="submit" loading={busy === 'note'} data-testid="add-note">
            添加记录
          </Button>
        </Form>
      ) : null}
    </Space>
  );
}

const BASIS_NAMES: Record<CommissionBasis, string> = {
  contract_amount: '合同成交额',
  tech_amount: '技术交易额',
  net_income: '转化净收入',
};

interface CommissionValues {
  percent?: string | null;
  basis?: CommissionBasis | null;
  fixedFen?: string | null;
  note?: string;
}

/** Percent as stored ("3.50") → "3.5". */
const percentText = (p: string) => String(Number(p));

/**
 * 佣金条款: what the broker earns on this deal. Its broker (or the broker organisation's manager)
 * edits them until the deal is signed or dropped; the API's field errors show under the fields.
 */
function CommissionTerms({ deal: d, editable, onSaved }: { deal: Deal; editable: boolean; onSaved(): void }) {
  const [editing, setEditing] = useState(false);
  const c = d.commission;
  const empty = c.percent === null && c.fixedFen === null && c.basis === null && !c.note;
  return (
    <div data-testid="deal-commission">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          佣金条款
        </Typography.Title>
        {editable && !editing ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="edit-commission">
            修改佣金
          </Button>
        ) : null}
      </Space>
      {editing ? (
        <CommissionForm
          deal={d}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onSaved();
          }}
        />
      ) : empty ? (
        <Typography.Text type="secondary" data-testid="commission-terms">
          尚未约定佣金{editable ? '，经纪人可在签约前设置' : ''}
        </Typography.Text>
      ) : (
        <Descriptions
          column={1}
          size="small"
          bordered
          styles={{ label: { whiteSpace: 'nowrap' } }}
          data-testid="commission-terms"
        >
          <Descriptions.Item label="佣金比例">
            {c.percent === null ? '—' : `${c.basis ? `${BASIS_NAMES[c.basis]}的 ` : ''}${percentText(c.percent)}%`}
          </Descriptions.Item>
          <Descriptions.Item label="固定佣金">{c.fixedFen === null ? '—' : wanYuan(c.fixedFen)}</Descriptions.Item>
          {c.note ? <Descriptions.Item label="约定说明">{c.note}</Descriptions.Item> : null}
        </Descriptions>
      )}
    </div>
  );
}

function CommissionForm({ deal: d, onCancel, onSaved }: { deal: Deal; onCancel(): void; onSaved(): void }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<CommissionValues>();
  const c = d.commission;
  const initial: CommissionValues = {
    percent: c.percent === null ? null : percentText(c.percent),
    basis: c.basis,
    fixedFen: fenToWanInput(c.fixedFen) ?? null,
    note: c.note ?? undefined,
  };

  const save = async (v: CommissionValues) => {
    setError(null);
    const fixed =
      v.fixedFen === null || v.fixedFen === undefined || v.fixedFen === '' ? undefined : wanToFen(v.fixedFen);
    if (v.fixedFen && fixed === undefined) {
      form.setFields([{ name: 'fixedFen', errors: ['请填写金额（万元），最多 6 位小数'] }]);
      return;
    }
    setBusy(true);
    try {
      // PUT replaces the terms: what is left empty is cleared
      await api<Deal>(`/deals/${d.id}/commission`, {
        method: 'PUT',
        body: {
          version: d.version,
          ...(v.percent === null || v.percent === undefined || v.percent === '' ? {} : { percent: Number(v.percent) }),
          ...(fixed === undefined ? {} : { fixedFen: fixed }),
          ...(v.basis ? { basis: v.basis } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        },
      });
      void message.success('佣金条款已保存');
      onSaved();
    } catch (err) {
      // the service reports its own checks as commission.percent / commission.fixedFen
      const e =
        err instanceof ApiError
          ? new ApiError(
              err.status,
              err.code,
              err.message,
              err.fieldErrors.map((f) => ({ ...f, field: f.field.replace(/^commission\./, '') })),
              err.requestId,
            )
          : err;
      setError(showApiErrorOnForm(form, e, { fields: ['percent', 'basis', 'fixedFen', 'note'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<CommissionValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void save(v)}
      data-testid="commission-form"
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Space wrap align="start" size={12}>
        <Form.Item name="percent" label="佣金比例（%）" style={{ width: 160 }}>
          <InputNumber<string> stringMode precision={2} style={{ width: '100%' }} placeholder="如 3" />
        </Form.Item>
        <Form.Item name="basis" label="计算基数" style={{ width: 160 }}>
          <Select
            allowClear
            placeholder="选择基数"
            options={Object.entries(BASIS_NAMES).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="fixedFen" label="固定佣金（万元）" style={{ width: 180 }}>
          <InputNumber<string> stringMode min="0" style={{ width: '100%' }} placeholder="如 0.5" />
        </Form.Item>
      </Space>
      <Form.Item name="note" label="约定说明">
        <Input.TextArea rows={2} maxLength={2000} placeholder="如：签约后 30 日内由买方支付" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-commission">
          保存佣金条款
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
