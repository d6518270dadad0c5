import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import { showApiErrorOnForm } from '../components/api-form-errors';

interface AcceptForm {
  password: string;
  confirm: string;
}

/**
 * 设置登录密码: the link in an invitation mail, or in the mail of a password reset by the
 * platform admin, is /accept-invite#token=…; the token stays after the `#` so it never reaches
 * a server log. The user sets a password and can then log in.
 */
export function AcceptInvitePage() {
  const [form] = Form.useForm<AcceptForm>();
  const location = useLocation();
  const navigate = useNavigate();
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [email, setEmail] = useState<string | null>(null);

  if (!token) {
    return (
      <Result
        status="warning"
        title="邀请链接不完整"
        subTitle="请从邮件中的链接完整打开本页，或请机构管理员重新发送邀请。"
      />
    );
  }
  if (email) {
    return (
      <Result
        status="success"
        title="密码已设置"
        subTitle={`请使用 ${email} 和刚设置的密码登录。`}
        extra={
          <Button type="primary" onClick={() => navigate('/login')} data-testid="go-login">
            去登录
          </Button>
        }
      />
    );
  }

  const submit = async (v: AcceptForm) => {
    setBusy(true);
    setError(null);
    try {
      const user = await api<{ email: string }>('/auth/accept-invite', {
        method: 'POST',
        body: { token, password: v.password },
        anonymous: true,
      });
      setEmail(user.email);
    } catch (err) {
      setError(showApiErrorOnForm(form, err, { fields: ['password'], codeFields: { WEAK_PASSWORD: 'password' } }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="设置登录密码" style={{ maxWidth: 420, margin: '24px auto' }}>
      <Typography.Paragraph type="secondary">
        您收到了机构管理员的邀请，或平台管理员重置了您的密码。设置新密码后即可登录。
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item
          name="password"
          label="密码"
          extra="至少 8 位，包含大写字母、小写字母、数字、特殊字符中的三类"
          rules={[{ required: true, message: '请设置密码' }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="确认密码"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再次输入密码' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的密码不一致')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy} data-testid="accept-invite">
          设置密码
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0 }}>
        已有账号？<Link to="/login">登录</Link>
      </p>
    </Card>
  );
}
