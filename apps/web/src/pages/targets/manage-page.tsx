import { Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { Page } from '../../api/client';
import { send, useGet } from '../../api/query';
import type { PolicyTarget, TargetPlan as Plan } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { TargetsNav } from '../../components/targets-nav';
import { FormModal } from '../../components/form-modal';
import { SideDrawer } from '../../components/side-drawer';
import { useRegionName } from '../../components/reference-data';
import { ACCUMULATION, COMPARISON, GoalItems, periodOf, valueOf, YearItem } from './target-fields';
import { TargetHistory } from './target-history';
import { namedOptions } from '../../components/choices';

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

interface PlanValues {
  title: string;
  document: string;
  fromYear: number;
  toYear: number;
}
interface TargetValues {
  planId: number;
  indicatorCode: string;
  indicatorName: string;
  targetYear: number;
  fromYear?: number;
  accumulation: string;
  value: string;
  comparison: string;
  sourceQuote?: string;
}
interface ReviseValues {
  value: string;
  comparison: string;
  targetYear: number;
  reason: string;
}

/** 规划目标管理 (bureau admins): plans, their targets, revisions with a reason and their history. */
export default function ManageTargetsPage() {
  const { me } = useAuth();
  const home = me?.org.regionCode;
  const admin = !!me?.user.roles.includes('bureau_admin');
  const targets = useGet<Page<PolicyTarget>>('/targets', { region: home, includeDescendants: true, pageSize: 100 });
  const plans = useGet<Plan[]>('/target-plans');
  // The indicators the plans use (their names and units), offered for a new target.
  const all = useGet<Page<PolicyTarget>>('/targets', { pageSize: 100 });
  const indicators = new Map((all.data?.items ?? []).map((t) => [t.indicatorCode, t]));
  const [mode, setMode] = useState<'plan' | 'target' | null>(null);
  const [revising, setRevising] = useState<PolicyTarget | null>(null);
  const [showing, setShowing] = useState<PolicyTarget | null>(null);
  const [form] = Form.useForm<TargetValues>();
  const picked = indicators.get(Form.useWatch('indicatorCode', form) ?? '');

  return (
    <Card
      title="规划目标管理"
      extra={
        admin ? (
          <Space>
            <Button onClick={() => setMode('plan')}>新增规划</Button>
            <Button type="primary" disabled={!plans.data?.length} onClick={() => setMode('target')}>
              新增目标
            </Button>
          </Space>
        ) : null
      }
    >
      <TargetsNav />
      <Typography.Paragraph type="secondary">
        本辖区规划中的量化目标。修订目标会生成新版本并保留原值和修订原因；预置目标同样可以修订。
        {admin ? '' : '新增和修订须由科技局管理员操作。'}
      </Typography.Paragraph>
      <Table<PolicyTarget>
        rowKey="id"
        size="small"
        loading={targets.isPending}
        dataSource={targets.data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: '指标', dataIndex: 'indicatorName' },
          { title: '地区', dataIndex: 'regionCode', width: 90, render: (c: string) => <RegionName code={c} /> },
          {
            title: '期间',
            key: 'period',
            width: 130,
            render: (_, t) => `${periodOf(t)}${ACCUMULATION[t.accumulation]}`,
          },
          {
            title: '目标',
            key: 'value',
            render: (_, t) => `${COMPARISON[t.comparison]}${valueOf(t.unit, t.value)}`,
          },
          { title: '版本', dataIndex: 'version', width: 60 },
          {
            title: '操作',
            key: 'op',
            width: 140,
            render: (_, t) => (
              <Space>
                {admin ? (
                  <Button size="small" data-testid={`revise-${t.id}`} onClick={() => setRevising(t)}>
                    修订
                  </Button>
                ) : null}
                <Button size="small" type="link" onClick={() => setShowing(t)}>
                  历史
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <FormModal<PlanValues>
        open={mode === 'plan'}
        name="target-plan"
        title="新增规划"
        okText="新增"
        fields={['title', 'document', 'fromYear', 'toYear']}
        initialValues={{ fromYear: new Date().getFullYear(), toYear: new Date().getFullYear() + 2 }}
        submit={(v) => send('/target-plans', 'POST', { regionCode: home, ...v }, true)}
        invalidates={['target-plans']}
        success="已新增规划"
        onClose={() => setMode(null)}
        onDone={() => setMode(null)}
      >
        <Form.Item
          name="title"
          label="规划名称"
          rules={[{ required: true, whitespace: true, message: '请填写规划名称' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="document" label="文号" rules={[{ required: true, whitespace: true, message: '请填写文号' }]}>
          <Input maxLength={200} placeholder="如：淮政办〔2026〕12号" />
        </Form.Item>
        <Space>
          <YearItem name="fromYear" label="起始年份" required />
          <YearItem name="toYear" label="截止年份" required />
        </Space>
      </FormModal>
      <FormModal<TargetValues>
        open={mode === 'target'}
        form={form}
        name="target"
        title="新增目标"
        okText="新增"
        fields={[
          'indicatorCode',
          'indicatorName',
          'targetYear',
          'fromYear',
          'accumulation',
          'value',
          'unit',
          'comparison',
        ]}
        initialValues={{ planId: plans.data?.[0]?.id, accumulation: 'cumulative', comparison: 'gte' }}
        submit={(v) =>
          send(
            `/target-plans/${v.planId}/targets`,
            'POST',
            {
              indicatorCode: v.indicatorCode,
              indicatorName: v.indicatorName.trim(),
              targetYear: v.targetYear,
              ...(v.fromYear ? { fromYear: v.fromYear } : {}),
              accumulation: v.accumulation,
              value: String(v.value).trim(),
              unit: picked?.unit ?? 'count',
              comparison: v.comparison,
              ...(v.sourceQuote?.trim() ? { sourceQuote: v.sourceQuote.trim() } : {}),
            },
            true,
          )
        }
        invalidates={['targets', 'stats']}
        success="已新增目标"
        onClose={() => setMode(null)}
        onDone={() => setMode(null)}
      >
        <Form.Item name="planId" label="所属规划" rules={[{ required: true, message: '请选择规划' }]}>
          <Select options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.title}（${p.document}）` }))} />
        </Form.Item>
        <Form.Item name="indicatorCode" label="指标" rules={[{ required: true, message: '请选择指标' }]}>
          <Select
            showSearch
            optionFilterProp="label"
            onChange={(code: string) => form.setFieldValue('indicatorName', indicators.get(code)?.indicatorName)}
            options={[...indicators.values()].map((t) => ({ value: t.indicatorCode, label: t.indicatorName }))}
          />
        </Form.Item>
        <Form.Item
          name="indicatorName"
          label="指标名称（按规划原文）"
          rules={[{ required: true, whitespace: true, message: '请填写' }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="accumulation" label="计算方式">
            <Select style={{ width: 120 }} options={namedOptions(ACCUMULATION)} />
          </Form.Item>
          <YearItem name="fromYear" label="起算年份" />
          <YearItem name="targetYear" label="目标年份" required />
        </Space>
        <Space wrap>
          <GoalItems unit={picked?.unit} />
        </Space>
        <Form.Item name="sourceQuote" label="规划原文">
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<ReviseValues>
        open={revising !== null}
        name="revise-target"
        title={`修订目标：${revising?.indicatorName ?? ''}`}
        okText="修订"
        fields={['value', 'comparison', 'targetYear', 'reason']}
        initialValues={
          revising
            ? {
                value: revising.unit === 'count' ? String(Number(revising.value)) : revising.value,
                comparison: revising.comparison,
                targetYear: revising.targetYear,
              }
            : {}
        }
        submit={(v) =>
          send(`/targets/${revising!.id}`, 'PATCH', {
            version: revising!.version,
            value: String(v.value).trim(),
            comparison: v.comparison,
            targetYear: v.targetYear,
            reason: v.reason.trim(),
          })
        }
        invalidates={['targets', 'stats']}
        success="已修订，原值保留在历史中"
        onClose={() => setRevising(null)}
        onDone={() => setRevising(null)}
      >
        <Space wrap>
          <GoalItems unit={revising?.unit} />
          <YearItem name="targetYear" label="目标年份" required />
        </Space>
        <Form.Item
          name="reason"
          label="修订原因"
          rules={[{ required: true, whitespace: true, message: '请说明修订原因' }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
      <SideDrawer
        title={`修订历史：${showing?.indicatorName ?? ''}`}
        open={showing !== null}
        onClose={() => setShowing(null)}
        width={560}
      >
        {showing ? <TargetHistory target={showing} /> : null}
      </SideDrawer>
    </Card>
  );
}
