import { Alert, Button, Card, Col, Form, Input, Result, Row, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { showApiErrorOnForm } from '../components/api-form-errors';
import { DataForm } from '../components/data-form';
import { requiredText, rules } from '../components/form-rules';
import { TextItem } from '../components/text-item';
import { RegionPicker } from '../components/region-picker';
import { ORG_TYPE_NAMES } from '../format';

type SignupForm = components['schemas']['SignUpDto'];

const FIELDS = [
  'org.type',
  'org.name',
  'org.creditCode',
  'org.regionCode',
  'org.contactName',
  'org.contactPhone',
  'org.contactEmail',
  'org.address',
  'admin.email',
  'admin.phone',
  'admin.displayName',
  'admin.password',
];

/** Drops empty optional fields: the API rejects "" where it expects an e-mail or a phone. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;
}

export function SignupPage() {
  const [form] = Form.useForm<SignupForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (v: SignupForm) => {
    setBusy(true);
    setError(null);
    try {
      await api('/auth/signup', {
        method: 'POST',
        anonymous: true,
        body: { org: compact(v.org), admin: compact(v.admin) },
      });
      setDone(true);
    } catch (err) {
      setError(
        showApiErrorOnForm(form, err, {
          fields: FIELDS,
          codeFields: {
            INVALID_CREDIT_CODE: 'org.creditCode',
            CREDIT_CODE_TAKEN: 'org.creditCode',
            UNKNOWN_REGION: 'org.regionCode',
            EMAIL_TAKEN: 'admin.email',
            PHONE_TAKEN: 'admin.phone',
            WEAK_PASSWORD: 'admin.password',
            ORG_TYPE_NOT_ALLOWED: 'org.type',
          },
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  if (done)
    return (
      <Result
        status="success"
        title="注册成功，等待审核"
        subTitle="所在地科技局审核通过后，即可发布需求、成果并登记技术合同。现在可以先登录查看。"
        extra={
          <Link to="/login">
            <Button type="primary">去登录</Button>
          </Link>
        }
      />
    );

  return (
    <Card title="机构注册" style={{ maxWidth: 880, margin: '0 auto' }}>
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <Alert
        type="info"
        showIcon
        message="科技局账号由平台或上级科技局开通，无需在此注册。"
        style={{ marginBottom: 16 }}
      />
      <DataForm<SignupForm>
        form={form}
        onFinish={(v) => void submit(v)}
        initialValues={{ org: { type: 'enterprise' } }}
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name={['org', 'type']} label="机构类型" rules={[rules.chosen('机构类型')]}>
              <Select
                options={[
                  'enterprise',
                  'university',
                  'research_institute',
                  'broker_agency',
                  'financial_institution',
                ].map((t) => ({
                  value: t,
                  label: ORG_TYPE_NAMES[t],
                }))}
              />
            </Form.Item>
            <Form.Item name={['org', 'name']} label="机构名称" validateFirst rules={requiredText('机构名称', 200, 2)}>
              <Input placeholder="与营业执照一致" />
            </Form.Item>
            <TextItem
              name={['org', 'creditCode']}
              label="统一社会信用代码"
              max={40}
              required
              rules={[rules.creditCode]}
              placeholder="18 位"
            />
            <Form.Item name={['org', 'regionCode']} label="所在地区" rules={[rules.chosen('所在地区')]}>
              <RegionPicker placeholder="省 / 市 / 区县" />
            </Form.Item>
            <TextItem name={['org', 'address']} label="地址" max={200} />
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name={['admin', 'displayName']}
              label="管理员姓名"
              validateFirst
              rules={requiredText('管理员姓名', 50)}
            >
              <Input />
            </Form.Item>
            <Form.Item
              name={['admin', 'email']}
              label="管理员邮箱（登录账号）"
              validateFirst
              rules={[rules.required('管理员邮箱'), rules.email]}
            >
              <Input autoComplete="email" />
            </Form.Item>
            <Form.Item name={['admin', 'phone']} label="手机号" rules={[rules.mobile]}>
              <Input autoComplete="tel" />
            </Form.Item>
            <Form.Item
              name={['admin', 'password']}
              label="密码"
              extra="至少 8 位，含大写字母、小写字母、数字、特殊字符中的三类"
              rules={[rules.required('密码')]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <TextItem name={['org', 'contactPhone']} label="联系电话" max={30} rules={[rules.phone]} />
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>
          提交注册
        </Button>
      </DataForm>
    </Card>
  );
}
