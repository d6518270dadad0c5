import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Grid,
  Input,
  Modal,
  Progress,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import type { Deal, ListingKind, ListingView, MatchResult } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { EmptyState } from '../components/empty-state';
import { Highlighted } from '../components/highlighted';
import { RegionPicker } from '../components/region-picker';
import { useRegionName, useTechFields } from '../components/reference-data';
import { useApi } from '../components/use-api';
import { COOPERATION_MODE_NAMES, KIND_NAMES, TRANSFER_MODE_NAMES, wanYuan } from '../format';

const KIND_PATH = { need: 'needs', achievement: 'achievements', challenge: 'challenges' } as const;

const TRL_FIT: Record<string, { text: string; color: string }> = {
  ready: { text: '可产业化（TRL 7–9）', color: 'green' },
  pilot: { text: '中试阶段（TRL 4–6）', color: 'blue' },
  early: { text: '研究阶段（TRL 1–3）', color: 'orange' },
  unknown: { text: '成熟度未知', color: 'default' },
};
const BUDGET_FIT: Record<string, { text: string; color: string }> = {
  within_budget: { text: '报价在预算内', color: 'green' },
  over_budget: { text: '报价超出预算', color: 'orange' },
  negotiable: { text: '价格面议', color: 'blue' },
  unknown: { text: '预算或报价未填', color: 'default' },
};
const REGION_FIT: Record<string, { text: string; color: string }> = {
  same_region: { text: '同一地区', color: 'green' },
  same_city: { text: '同一城市', color: 'green' },
  same_province: { text: '同一省份', color: 'blue' },
  other: { text: '跨省', color: 'default' },
};

interface Filters {
  techField?: string[];
  region?: string;
  trlMin?: number;
  trlMax?: number;
  transferMode?: string[];
}

/** 匹配结果: ranked achievements for a need (or needs and challenges for an achievement), with reasons. */
export default function MatchesPage() {
  const { kind = '', id = '' } = useParams();
  const fields = useTechFields();
  const [filters, setFilters] = useState<Filters>({});
  // an achievement matches needs and open challenges: the list can show one kind
  const [shown, setShown] = useState<'all' | ListingKind>('all');
  const [form] = Form.useForm<Filters>();
  const source = useApi((signal) => api<ListingView>(`/listings/${kind}/${id}`, { signal }), [kind, id]);
  const matches = useApi(
    (signal) => api<MatchResult[]>(`/${kind}/${id}/matches`, { query: { ...filters, limit: 20 }, signal }),
    [kind, id, JSON.stringify(filters)],
  );
  if (kind !== 'needs' && kind !== 'achievements') return <Alert type="warning" showIcon message="页面地址不正确" />;
  const forNeed = kind === 'needs';
  const trlOptions = Array.from({ length: 9 }, (_, i) => ({ value: i + 1, label: `${i + 1} 级` }));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small">
        {source.loading ? (
          <Skeleton active paragraph={{ rows: 1 }} />
        ) : source.error || !source.data ? (
          <Alert
            type="error"
            showIcon
            message={source.error?.status === 404 ? '该信息不存在或不可见' : (source.error?.message ?? '加载失败')}
          />
        ) : (
          <Space direction="vertical" size={4}>
            <Typography.Text type="secondary">
              {forNeed ? '为以下技术需求匹配科技成果' : '为以下科技成果匹配技术需求和揭榜挂帅榜单'}
            </Typography.Text>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="match-source">
              <Link to={`/listings/${kind}/${id}`}>{source.data.title}</Link>
            </Typography.Title>
            <Space wrap size={4}>
              <Tag color="blue">{KIND_NAMES[source.data.kind]}</Tag>
              {fields[source.data.techFieldCode] ? <Tag>{fields[source.data.techFieldCode]}</Tag> : null}
              {source.data.keywords.map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Space>
          </Space>
        )}
      </Card>
      <Card size="small" title="筛选">
        <Form<Filters>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            setFilters(
              Object.fromEntries(
                Object.entries(v).filter(([, x]) => x !== undefined && x !== null && !(Array.isArray(x) && !x.length)),
              ),
            )
          }
        >
          <Row gutter={12}>
            <Col xs={24} md={forNeed ? 6 : 10}>
              <Form.Item name="techField" label="技术领域">
                <Select
                  mode="multiple"
                  allowClear
                  placeholder="不限"
                  options={Object.entries(fields).map(([value, label]) => ({ value, label }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={forNeed ? 6 : 10}>
              <Form.Item name="region" label="地区（含下级）">
                <RegionPicker placeholder="不限" />
              </Form.Item>
            </Col>
            {forNeed ? (
              <>
                <Col xs={12} md={3}>
                  <Form.Item name="trlMin" label="成熟度不低于">
                    <Select allowClear placeholder="不限" options={trlOptions} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={3}>
                  <Form.Item name="trlMax" label="成熟度不高于">
                    <Select allowClear placeholder="不限" options={trlOptions} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item name="transferMode" label="转化方式">
                    <Select
                      mode="multiple"
                      allowClear
                      placeholder="不限"
                      options={Object.entries(TRANSFER_MODE_NAMES).map(([value, label]) => ({ value, label }))}
                    />
                  </Form.Item>
                </Col>
              </>
            ) : null}
            <Col xs={24} md={forNeed ? 2 : 4}>
              <Form.Item label=" ">
                <Button type="primary" htmlType="submit" block>
                  筛选
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      {matches.error ? <Alert type="error" showIcon message={matches.error.message} /> : null}
      {!forNeed && matches.data && matches.data.length > 0 ? (
        <Segmented<'all' | ListingKind>
          value={shown}
          onChange={setShown}
          data-testid="match-kind-filter"
          options={[
            { value: 'all', label: `全部（${matches.data.length}）` },
            { value: 'need', label: `技术需求（${matches.data.filter((m) => m.kind === 'need').length}）` },
            { value: 'challenge', label: `揭榜挂帅（${matches.data.filter((m) => m.kind === 'challenge').length}）` },
          ]}
        />
      ) : null}
      {matches.loading ? (
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      ) : matches.data && matches.data.length === 0 ? (
        <Card>
          <EmptyState
            title="暂时没有匹配的结果"
            hint={
              forNeed
                ? '放宽筛选条件，或在需求描述里补充技术指标和关键词后再看；新登记的成果会持续参与匹配。'
                : '放宽筛选条件，或补充成果简介和关键词后再看。'
            }
          />
        </Card>
      ) : (
        <div data-testid="match-list">
          {(matches.data ?? []).map((m, i) =>
            shown === 'all' || m.kind === shown ? (
              <MatchCard key={`${m.kind}:${m.id}`} rank={i + 1} match={m} fieldNames={fields} source={source.data} />
            ) : null,
          )}
          {shown !== 'all' && matches.data && !matches.data.some((m) => m.kind === shown) ? (
            <Card>
              <EmptyState title={`没有匹配的${KIND_NAMES[shown]}`} hint="切换到“全部”查看其他匹配结果。" />
            </Card>
          ) : null}
        </div>
      )}
    </Space>
  );
}

function MatchCard({
  rank,
  match: m,
  fieldNames,
  source,
}: {
  rank: number;
  match: MatchResult;
  fieldNames: Record<string, string>;
  source: ListingView | undefined;
}) {
  const { can } = useAuth();
  const narrow = !Grid.useBreakpoint().sm;
  const region = useRegionName(m.regionCode);
  const e = m.explanation;
  const modes =
    m.kind === 'achievement'
      ? (m.transferModes ?? []).map((x) => TRANSFER_MODE_NAMES[x] ?? x)
      : (m.cooperationModes ?? []).map((x) => COOPERATION_MODE_NAMES[x] ?? x);
  const pair =
    source &&
    ((source.kind === 'need' && m.kind === 'achievement') || (source.kind === 'achievement' && m.kind === 'need'));
  const percent = Math.min(100, Math.round((m.score / 1.25) * 100));
  const challenge = m.kind === 'challenge';
  // The button moves with the breakpoint; the dialog lives at one place in the card so a
  // re-layout (window resized, breakpoint settling) never unmounts an open dialog.
  const [dealOpen, setDealOpen] = useState(false);
  const canOpenDeal = Boolean(pair && can('deal:manage'));
  const openDeal = canOpenDeal ? (
    <Button type="primary" onClick={() => setDealOpen(true)} data-testid="open-deal">
      发起对接
    </Button>
  ) : challenge && can('challenge:apply') ? (
    <Link to={`/listings/challenges/${m.id}`}>
      <Button type="primary" data-testid="go-apply">
        去揭榜
      </Button>
    </Link>
  ) : null;
  return (
    <Card size="small" style={{ marginBottom: 12 }} data-testid="match-card">
      <Row gutter={narrow ? 8 : 16} wrap={false} align="top">
        <Col flex="none">
          <Progress
            type="circle"
            size={narrow ? 44 : 56}
            percent={percent}
            format={() => <span style={{ fontSize: 13 }}>{m.score.toFixed(2)}</span>}
          />
          <div style={{ textAlign: 'center', color: 'rgba(0,0,0,.45)', fontSize: 12, marginTop: 4 }}>第 {rank} 名</div>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Space direction="vertical" size={6} style={{ width: '100%' }}>
            <Space wrap size={6}>
              <Tag color={challenge ? 'volcano' : 'blue'}>{KIND_NAMES[m.kind]}</Tag>
              <Link
                to={`/listings/${KIND_PATH[m.kind]}/${m.id}`}
                style={{ fontSize: 16, fontWeight: 700 }}
                data-testid="match-title"
              >
                <Highlighted html={m.highlight.title || m.title} />
              </Link>
            </Space>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              <Highlighted html={m.highlight.description} />
            </Typography.Paragraph>
            <div data-testid="match-explanation">
              <Typography.Text strong>匹配理由：</Typography.Text>
              {e.sharedTerms.length ? (
                <>
                  共同关键词{' '}
                  {e.sharedTerms.map((t) => (
                    <em key={t} className="hl" style={{ marginRight: 6 }} data-testid="shared-term">
                      {t}
                    </em>
                  ))}
                </>
              ) : (
                <Typography.Text type="secondary">没有共同关键词</Typography.Text>
              )}
              <div style={{ marginTop: 6 }}>
                <Space wrap size={[4, 4]}>
                  <Tag color={e.sameTechField ? 'green' : 'default'}>
                    {e.sameTechField ? '同一技术领域' : `领域：${fieldNames[m.techFieldCode] ?? m.techFieldCode}`}
                  </Tag>
                  {m.kind === 'achievement' || e.trl.value !== null ? (
                    <Tag color={TRL_FIT[e.trl.fit]?.color}>
                      {e.trl.value ? `TRL ${e.trl.value} 级 · ` : ''}
                      {TRL_FIT[e.trl.fit]?.text}
                    </Tag>
                  ) : null}
                  {e.transferMode.fit === 'match' ? (
                    <Tag color="green">
                      合作方式相符：{e.transferMode.common.map((c) => COOPERATION_MODE_NAMES[c] ?? c).join('、')}
                    </Tag>
                  ) : null}
                  {e.transferMode.fit === 'no_match' ? <Tag color="orange">合作方式不同</Tag> : null}
                  {challenge ? null : (
                    <Tag color={BUDGET_FIT[e.budget.fit]?.color}>
                      {BUDGET_FIT[e.budget.fit]?.text}
                      {e.budget.priceFen !== null
                        ? `（报价 ${wanYuan(e.budget.priceFen)}${e.budget.budgetMaxFen !== null ? `，预算 ${wanYuan(e.budget.budgetMaxFen)}` : ''}）`
                        : ''}
                    </Tag>
                  )}
                  <Tag color={REGION_FIT[e.region.relation]?.color}>{REGION_FIT[e.region.relation]?.text}</Tag>
                </Space>
              </div>
            </div>
            <Space wrap size={[12, 4]}>
              <Typography.Text type="secondary">{m.orgName ?? '匿名发布'}</Typography.Text>
              <Typography.Text type="secondary">{region}</Typography.Text>
              {modes.length ? <Typography.Text type="secondary">{modes.join('、')}</Typography.Text> : null}
              {m.priceFen !== null ? (
                <Typography.Text strong>
                  {challenge ? `榜额 ${wanYuan(m.priceFen)}` : wanYuan(m.priceFen)}
                </Typography.Text>
              ) : null}
            </Space>
            {narrow ? openDeal : null}
          </Space>
        </Col>
        {openDeal && !narrow ? <Col flex="none">{openDeal}</Col> : null}
      </Row>
      {canOpenDeal ? (
        <OpenDealDialog source={source!} match={m} open={dealOpen} onClose={() => setDealOpen(false)} />
      ) : null}
    </Card>
  );
}

/** 发起对接: a broker (or an organisation's admin) opens a deal between the two listings' organisations. */
function OpenDealDialog({
  source,
  match,
  open,
  onClose,
}: {
  source: ListingView;
  match: MatchResult;
  open: boolean;
  onClose(): void;
}) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ title: string; note?: string }>();
  const needId = source.kind === 'need' ? source.id : match.id;
  const achievementId = source.kind === 'achievement' ? source.id : match.id;

  const submit = async (v: { title: string; note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      const other = await api<ListingView>(`/listings/${KIND_PATH[match.kind]}/${match.id}`);
      const need = source.kind === 'need' ? source : other;
      const achievement = source.kind === 'achievement' ? source : other;
      if (!need.orgId || !achievement.orgId) {
        setError('匿名发布的信息不公开单位，无法直接发起对接；请联系所在地科技局协助。');
        return;
      }
      const deal = await api<Deal>('/deals', {
        method: 'POST',
        body: {
          title: v.title,
          needId,
          achievementId,
          matchRef: `match:${needId}:${achievementId}`,
          parties: [
            { orgId: achievement.orgId, role: 'seller' },
            { orgId: need.orgId, role: 'buyer' },
          ],
          ...(v.note ? { note: v.note } : {}),
        },
      });
      void message.success('已发起对接，等待双方接受邀请');
      onClose();
      navigate(`/deals?deal=${deal.id}`);
    } catch (err) {
      setError(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(false);
    }
  };

  const title =
    `${source.kind === 'need' ? source.title : match.title} × ${source.kind === 'need' ? match.title : source.title}`.slice(
      0,
      200,
    );
  return (
    <>
      <Modal
        title="发起对接"
        open={open}
        onCancel={onClose}
        onOk={() => form.submit()}
        okText="发起"
        cancelText="取消"
        confirmLoading={busy}
        destroyOnHidden
      >
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
        <Typography.Paragraph type="secondary">
          成果方为卖方、需求方为买方，双方接受邀请后即可推进对接。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" initialValues={{ title }} onFinish={(v) => void submit(v)}>
          <Form.Item name="title" label="对接名称" rules={[{ required: true, message: '请填写对接名称' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="note" label="备注">
            <Input.TextArea rows={3} maxLength={5000} placeholder="如：已与双方电话沟通，约定下周面谈" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
