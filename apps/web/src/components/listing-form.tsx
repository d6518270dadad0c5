import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Select, Space, Switch } from 'antd';
import { WanInput } from './wan-input';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../api/client';
import { invalidate } from '../api/query';
import type { ListingView } from '../api/types';
import {
  ACHIEVEMENT_TYPE_NAMES,
  COOPERATION_MODE_NAMES,
  fenToWanInput,
  TRANSFER_MODE_NAMES,
  TRL_LEVELS,
  trlText,
  wanToFen,
} from '../format';
import { showApiErrorOnForm } from './api-form-errors';
import { useTechFields } from './reference-data';
import { TextItem } from './text-item';
import { DataForm } from './data-form';
import { requiredText, rules } from './form-rules';
import { namedOptions } from './choices';

/** A deadline cannot have passed already (the API refuses it too). */
const beforeToday = (d: Dayjs) => d.isBefore(dayjs(), 'day');

export type EditableKind = 'need' | 'achievement' | 'challenge';

/**
 * Form values carry the API's field names, so that the API's field errors land on the right
 * field; amounts are typed in 万元 and sent as integer fen.
 */
interface Values {
  title?: string;
  description?: string;
  keywords?: string[];
  techFieldCode?: string;
  contactName?: string;
  contactPhone?: string;
  industry?: string;
  budgetMinFen?: string;
  budgetMaxFen?: string;
  deadline?: Dayjs;
  cooperationModes?: string[];
  visibility?: 'public' | 'verified';
  anonymous?: boolean;
  registryNumber?: string;
  achievementType?: string;
  trl?: number;
  transferModes?: string[];
  priceFen?: string;
  negotiable?: boolean;
  rewardFen?: string;
}

const COMMON = ['title', 'description', 'keywords', 'techFieldCode', 'contactName', 'contactPhone'];
const NEED_FIELDS = [
  ...COMMON,
  'industry',
  'budgetMinFen',
  'budgetMaxFen',
  'deadline',
  'cooperationModes',
  'visibility',
  'anonymous',
];
const ACHIEVEMENT_FIELDS = [
  ...COMMON,
  'registryNumber',
  'achievementType',
  'trl',
  'transferModes',
  'priceFen',
  'negotiable',
];
const CHALLENGE_FIELDS = [...COMMON, 'rewardFen', 'deadline'];
const FIELDS: Record<EditableKind, string[]> = {
  need: NEED_FIELDS,
  achievement: ACHIEVEMENT_FIELDS,
  challenge: CHALLENGE_FIELDS,
};
const PATH: Record<EditableKind, string> = { need: 'needs', achievement: 'achievements', challenge: 'challenges' };

const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** An amount in fen for the API; a value that is not a number goes as typed so the API names the field. */
function fen(wan: string | undefined): number | string | undefined {
  if (blank(wan)) return undefined;
  const f = wanToFen(wan);
  return f === undefined ? String(wan) : Number(f);
}

function toBody(kind: EditableKind, v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: v.title,
    description: v.description,
    keywords: v.keywords,
    techFieldCode: v.techFieldCode,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
  };
  if (kind === 'need') {
    Object.assign(body, {
      industry: v.industry,
      budgetMinFen: fen(v.budgetMinFen),
      budgetMaxFen: fen(v.budgetMaxFen),
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : undefined,
      cooperationModes: v.cooperationModes,
      visibility: v.visibility,
      anonymous: v.anonymous,
    });
  } else if (kind === 'challenge') {
    Object.assign(body, {
      rewardFen: fen(v.rewardFen),
      deadline: v.deadline ? v.deadline.format('YYYY-MM-DD') : undefined,
    });
  } else {
    Object.assign(body, {
      registryNumber: v.registryNumber,
      achievementType: v.achievementType,
      trl: v.trl,
      transferModes: v.transferModes ?? [],
      priceFen: v.negotiable ? undefined : fen(v.priceFen),
      negotiable: v.negotiable,
    });
  }
  return Object.fromEntries(Object.entries(body).filter(([, x]) => !blank(x) || x === false));
}

function toValues(l: ListingView): Values {
  return {
    title: l.title,
    description: l.description,
    keywords: l.keywords,
    techFieldCode: l.techFieldCode,
    contactName: l.contactName ?? undefined,
    contactPhone: l.contactPhone ?? undefined,
    industry: l.industry ?? undefined,
    budgetMinFen: fenToWanInput(l.budgetMinFen),
    budgetMaxFen: fenToWanInput(l.budgetMaxFen),
    deadline: l.deadline ? dayjs(l.deadline) : undefined,
    cooperationModes: l.cooperationModes,
    visibility: l.visibility,
    anonymous: l.anonymous,
    registryNumber: l.registryNumber ?? undefined,
    achievementType: l.achievementType,
    trl: l.trl,
    transferModes: l.transferModes,
    priceFen: fenToWanInput(l.priceFen),
    negotiable: l.negotiable,
    rewardFen: fenToWanInput(l.rewardFen),
  };
}

const INITIAL: Record<EditableKind, Values> = {
  need: { visibility: 'public', anonymous: false },
  achievement: { achievementType: 'applied', negotiable: false },
  challenge: {},
};
const TITLE_HINT: Record<EditableKind, string> = {
  need: '如：动力锂电池梯次利用检测技术',
  achievement: '如：生物质硬碳负极材料制备技术',
  challenge: '如：高寒地区光伏组件除雪技术攻关',
};
const DESCRIPTION: Record<EditableKind, { label: string; extra: string }> = {
  need: { label: '需求描述', extra: '写清要解决的技术问题、指标要求和应用场景，匹配更准确。' },
  achievement: { label: '成果简介', extra: '写清技术原理、主要指标、应用领域和产业化情况。' },
  challenge: { label: '榜单问题', extra: '写清要攻克的关键技术问题、考核指标、应用场景、揭榜条件和验收方式。' },
};

/**
 * Create or edit a need, an achievement or a challenge: the shared rules answer in the browser,
 * and whatever the API still refuses lands next to its field, one message each.
 */
export function ListingForm({
  kind,
  listing,
  onSaved,
}: {
  kind: EditableKind;
  listing?: ListingView;
  onSaved(l: ListingView): void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const fields = useTechFields();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const negotiable = Form.useWatch('negotiable', form);
  const path = PATH[kind];

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const body = toBody(kind, v);
      const saved = listing
        ? await api<ListingView>(`/listings/${path}/${listing.id}`, {
            method: 'PATCH',
            body: { ...body, version: listing.version },
          })
        : await api<ListingView>(`/listings/${path}`, { method: 'POST', body, idempotent: true });
      await invalidate('listings', 'search');
      void message.success(listing ? '已保存' : '已保存为草稿，可在列表中提交审核');
      onSaved(saved);
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: FIELDS[kind] }));
    } finally {
      setBusy(false);
    }
  };

  const wan = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={`${label}（万元）`}>
      <WanInput placeholder="如 50 或 12.5" />
    </Form.Item>
  );

  return (
    <DataForm<Values>
      form={form}
      initialValues={listing ? toValues(listing) : INITIAL[kind]}
      onFinish={(v) => void save(v)}
      data-testid="listing-form"
    >
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <Form.Item name="title" label="标题" validateFirst rules={requiredText('标题', 200, 2)}>
        <Input maxLength={200} showCount placeholder={TITLE_HINT[kind]} />
      </Form.Item>
      <Form.Item
        name="description"
        label={DESCRIPTION[kind].label}
        extra={DESCRIPTION[kind].extra}
        rules={[rules.required(DESCRIPTION[kind].label)]}
      >
        <Input.TextArea rows={6} maxLength={20000} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="techFieldCode" label="技术领域" rules={[rules.chosen('技术领域')]}>
            <Select options={namedOptions(fields)} placeholder="选择技术领域" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="keywords" label="关键词" extra="输入后按回车，最多 10 个">
            <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} placeholder="如：锂电池、梯次利用" />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'need' ? (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              {wan('budgetMinFen', '预算下限')}
            </Col>
            <Col xs={24} md={12}>
              {wan('budgetMaxFen', '预算上限')}
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="cooperationModes" label="合作方式">
                <Select mode="multiple" options={namedOptions(COOPERATION_MODE_NAMES)} placeholder="可多选" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="deadline" label="截止日期">
                <DatePicker style={{ width: '100%' }} disabledDate={beforeToday} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <TextItem name="industry" label="所属行业" max={100} />
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="visibility" label="可见范围">
                <Select
                  options={[
                    { value: 'public', label: '所有人' },
                    { value: 'verified', label: '仅认证单位' },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="anonymous" label="匿名发布" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </>
      ) : kind === 'challenge' ? (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="rewardFen"
              label="榜额（万元）"
              extra="揭榜成功后支持的项目经费或奖励"
              rules={[rules.required('榜额')]}
            >
              <WanInput placeholder="如 100" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="deadline" label="揭榜截止日期">
              <DatePicker style={{ width: '100%' }} disabledDate={beforeToday} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="achievementType" label="成果类型" rules={[rules.chosen('成果类型')]}>
                <Select options={namedOptions(ACHIEVEMENT_TYPE_NAMES)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="trl" label="技术成熟度" rules={[rules.chosen('技术成熟度')]}>
                <Select
                  options={TRL_LEVELS.map((t) => ({ value: t.level, label: trlText(t.level) }))}
                  placeholder="1–9 级"
                  popupMatchSelectWidth={false}
                  allowClear
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <TextItem name="registryNumber" label="成果登记号" max={12} placeholder="12 位，可不填" />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="transferModes" label="转化方式" rules={[rules.someChosen('转化方式')]}>
                <Select mode="multiple" options={namedOptions(TRANSFER_MODE_NAMES)} placeholder="可多选" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              {negotiable ? (
                <Form.Item label="转让价格（万元）">
                  <Input disabled value="面议" />
                </Form.Item>
              ) : (
                wan('priceFen', '转让价格')
              )}
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="negotiable" label="面议" valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <TextItem name="contactName" label="联系人" max={50} />
        </Col>
        <Col xs={24} md={12}>
          <TextItem name="contactPhone" label="联系电话" max={20} rules={[rules.phone]} />
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-listing">
          保存
        </Button>
        {listing?.status === 'published' ? (
          <span style={{ color: 'rgba(0,0,0,.45)' }}>修改已发布的信息可能需要重新审核。</span>
        ) : null}
      </Space>
    </DataForm>
  );
}
