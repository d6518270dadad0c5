import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { invalidate, send, useGet, usePaged } from '../../api/query';
import type { ReportedFigure, TargetProgress, TargetsResult } from '../../api/types';
import { showApiErrorOnForm } from '../../components/api-form-errors';
import { useRegionName } from '../../components/reference-data';
import { dateTimeText, documentTitle } from '../../format';
import { goalText, valueText } from '../dashboard/targets-card';

const UNIT_SUFFIX = (t: TargetProgress) =>
  t.unit === 'yuan' ? '元' : t.unit === 'percent' ? '%' : (t.countWord ?? '个');
const FIELDS = [
  'year',
  'value',
  'sourceDocument',
  'sourceDepartment',
  'reason',
  'attachment.fileName',
  'attachment.contentBase64',
];
export const REPORTED_STATUS: Record<ReportedFigure['status'], { text: string; color: string }> = {
  pending: { text: '待审核', color: 'blue' },
  approved: { text: '已审核', color: 'green' },
  superseded: { text: '已被新版本取代', color: 'default' },
};

interface Values {
  year: number;
  value: string;
  sourceDocument: string;
  sourceDepartment: string;
  reason?: string;
}

/**
 * 填报规划指标数据: a figure the market cannot measure, for the region, indicator and year the
 * dashboard's target card links with. Each entry is a new version; another bureau user approves it.
 */
export default function ReportPage() {
  const [params] = useSearchParams();
  const region = params.get('region') ?? undefined;
  const regionName = useRegionName(region);
  const targets = useGet<TargetsResult>('/stats/targets', { region });
  const reportable = (targets.data?.items ?? []).filter((t) => t.source.kind === 'reported');
  const [indicator, setIndicator] = useState(params.get('indicator') ?? undefined);
  const target = reportable.find((t) => t.indicatorCode === indicator);
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form) ?? Number(params.get('year') ?? new Date().getFullYear());
  const history = usePaged<ReportedFigure>(
    target ? '/reported-figures' : null,
    { region, indicator, year },
    5,
    (n) => `共 ${n} 个版本`,
  );
  const approved = history.data?.items.some((r) => r.status === 'approved') ?? false;
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();

  const submit = async (v: Values) => {
    if (!target || !region) return;
    setSaving(true);
    setError(null);
    try {
      await send(
        '/reported-figures',
        'POST',
        {
          regionCode: region,
          indicatorCode: target.indicatorCode,
          year: v.year,
          value: String(v.value).trim(),
          unit: target.unit,
          sourceDocument: v.sourceDocument,
          sourceDepartment: v.sourceDepartment,
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
          ...(file ? { attachment: file } : {}),
        },
        true,
      );
      void message.success('已提交，待另一位科技局工作人员审核后计入目标进度');
      form.resetFields(['value', 'reason']);
      setFile(null);
      await invalidate('reported-figures', 'stats');
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: FIELDS }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card title={`填报规划指标数据 · ${regionName ?? ''}`} loading={targets.isPending}>
        <Typography.Paragraph type="secondary">
          平台无法从登记合同和平台记录计算的指标，由科技局工作人员按年度填报并注明数据来源；提交后须由另一位科技局工作人员审核，审核通过后计入目标进度。修改已审核的数据会生成新版本，须说明原因。
          <Link to="/targets/approvals">查看待审核的填报</Link>
        </Typography.Paragraph>
        <Space direction="vertical" style={{ width: '100%', maxWidth: 640 }}>
          <Select
            data-testid="indicator-select"
            style={{ width: '100%' }}
            placeholder="选择指标"
            value={target ? indicator : undefined}
            onChange={setIndicator}
            options={reportable.map((t) => ({ value: t.indicatorCode, label: t.indicatorName }))}
          />
          {target ? (
            <Typography.Text type="secondary">
              目标：{goalText(target)}；来源：{documentTitle(target.sourceDoc)}
            </Typography.Text>
          ) : null}
        </Space>
        {target ? (
          <Form<Values>
            form={form}
            layout="vertical"
            style={{ maxWidth: 640, marginTop: 16 }}
            initialValues={{ year: Number(params.get('year') ?? new Date().getFullYear()) }}
            onFinish={submit}
          >
            <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item
              name="value"
              label={`数值（${UNIT_SUFFIX(target)}）`}
              rules={[{ required: true, message: '请填写数值' }]}
            >
              <Input data-testid="value-input" suffix={UNIT_SUFFIX(target)} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item
              name="sourceDocument"
              label="数据来源文件"
              rules={[{ required: true, message: '请填写数据来源文件' }]}
            >
              <Input placeholder="如：淮北市2025年国民经济和社会发展统计公报" maxLength={300} />
            </Form.Item>
            <Form.Item name="sourceDepartment" label="提供部门" rules={[{ required: true, message: '请填写提供部门' }]}>
              <Input placeholder="如：市统计局" maxLength={100} />
            </Form.Item>
            <Form.Item
              name="reason"
              label="修改原因"
              rules={
                approved ? [{ required: true, whitespace: true, message: '该年度的数据已审核，修改须说明原因' }] : []
              }
              extra={approved ? '该年度已有审核通过的数据，本次提交将作为新版本' : '首次填报可不填'}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="attachment" label="附件（可选，不超过 64 KB）">
              <Upload
                maxCount={1}
                beforeUpload={async (f) => {
                  const bytes = new Uint8Array(await f.arrayBuffer());
                  let binary = '';
                  for (const b of bytes) binary += String.fromCharCode(b);
                  setFile({ fileName: f.name, contentBase64: btoa(binary) });
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <Button icon={<UploadOutlined />}>选择文件</Button>
              </Upload>
            </Form.Item>
            {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
            <Button type="primary" htmlType="submit" loading={saving} data-testid="report-submit">
              提交审核
            </Button>
          </Form>
        ) : targets.data ? (
          <Alert style={{ marginTop: 16 }} type="info" showIcon message="请选择要填报的指标" />
        ) : null}
      </Card>
      {target ? (
        <Card title={`${year}年的填报版本`}>
          <Table<ReportedFigure>
            size="small"
            rowKey="id"
            scroll={{ x: 720 }}
            {...history.table}
            columns={[
              { title: '版本', dataIndex: 'version', width: 60 },
              { title: '数值', key: 'value', render: (_, r) => valueText(target, r.value) },
              {
                title: '来源',
                key: 'source',
                render: (_, r) => `${r.sourceDepartment}${documentTitle(r.sourceDocument)}`,
              },
              { title: '原因', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
              { title: '填报时间', dataIndex: 'enteredAt', render: (v: string) => dateTimeText(v) },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: ReportedFigure['status']) => (
                  <Tag color={REPORTED_STATUS[s].color}>{REPORTED_STATUS[s].text}</Tag>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
    </Space>
  );
}
