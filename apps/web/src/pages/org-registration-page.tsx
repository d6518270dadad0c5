import { Alert, App, Button, Card, Form, Result, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '../api/client';
import { invalidate, send, useGet } from '../api/query';
import type { OrgView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { showApiErrorOnForm } from '../components/api-form-errors';
import { useRegionName } from '../components/reference-data';
import { RegionPicker } from '../components/region-picker';
import { ORG_TYPE_NAMES, STATUS_NAMES } from '../format';
import { TextItem } from '../components/text-item';
import { DataForm } from '../components/data-form';
import { rules } from '../components/form-rules';
import { orgValues, type OrgValues } from '../components/org-values';

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

const FIELDS = ['name', 'creditCode', 'regionCode', 'contactName', 'contactPhone', 'contactEmail', 'address'];

/**
 * 机构登记信息: what an organisation awaiting verification may do — complete or correct its
 * registration. After a rejection, saving sends it back to the bureau for review.
 */
export default function OrgRegistrationPage() {
  const { message } = App.useApp();
  const { me, reload } = useAuth();
  const [form] = Form.useForm<OrgValues>();
  const [error, setError] = useState<string | null>(null);
  const org = useGet<OrgView>(`/organizations/${me!.org.id}`);
  const update = useMutation<OrgView, ApiError, OrgValues & { version: number }>({
    mutationFn: (body) => send<OrgView>('/org/registration', 'PATCH', body),
  });

  if (org.isPending || !org.data) return <Skeleton active />;
  const o = org.data;
  if (o.verificationStatus === 'verified') {
    return (
      <Result
        status="success"
        title="机构已通过认证"
        subTitle="登记信息如需变更，请联系所在地科技局。"
        extra={<Link to="/">返回首页</Link>}
      />
    );
  }

  const save = (v: OrgValues) => {
    setError(null);
    update.mutate(
      { ...v, version: o.version },
      {
        onSuccess: async () => {
          void message.success(o.verificationStatus === 'rejected' ? '已重新提交，请等待科技局审核' : '登记信息已保存');
          await invalidate('organizations');
          await reload();
        },
        onError: (err) =>
          setError(
            showApiErrorOnForm(form, err, {
              fields: FIELDS,
              codeFields: {
                INVALID_CREDIT_CODE: 'creditCode',
                CREDIT_CODE_TAKEN: 'creditCode',
                UNKNOWN_REGION: 'regionCode',
              },
            }),
          ),
      },
    );
  };

  return (
    <Card
      title="机构登记信息"
      extra={
        <Tag color={o.verificationStatus === 'rejected' ? 'error' : 'processing'}>
          {STATUS_NAMES[o.verificationStatus]}
        </Tag>
      }
      style={{ maxWidth: 720, margin: '0 auto' }}
    >
      {o.verificationStatus === 'rejected' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`认证未通过：${o.rejectionReason ?? ''}`}
          description="请按意见修改后保存，系统将重新提交所在地科技局审核。"
        />
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="所在地科技局审核通过前，可在此完善或更正登记信息。"
        />
      )}
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <DataForm<OrgValues> form={form} initialValues={orgValues(o)} onFinish={save} data-testid="registration-form">
        <Form.Item label="机构类型">{ORG_TYPE_NAMES[o.type] ?? o.type}</Form.Item>
        <TextItem name="name" label="机构名称" max={200} required />
        <TextItem name="creditCode" label="统一社会信用代码" max={40} required rules={[rules.creditCode]} />
        {o.type === 'bureau' ? (
          <Form.Item label="所在地区" extra="科技局的所在地区由开通方确定">
            <RegionName code={o.regionCode} />
          </Form.Item>
        ) : (
          <Form.Item name="regionCode" label="所在地区" rules={[rules.chosen('所在地区')]}>
            <RegionPicker placeholder="省 / 市 / 区县" />
          </Form.Item>
        )}
        <TextItem name="contactName" label="联系人" max={50} />
        <TextItem name="contactPhone" label="联系电话" max={30} rules={[rules.phone]} />
        <TextItem name="contactEmail" label="联系邮箱" max={254} rules={[rules.email]} />
        <TextItem name="address" label="地址" max={200} />
        <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="save-registration">
          {o.verificationStatus === 'rejected' ? '保存并重新提交审核' : '保存'}
        </Button>
      </DataForm>
    </Card>
  );
}
