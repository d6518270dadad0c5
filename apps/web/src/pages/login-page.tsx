import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/auth-context';
import { showApiErrorOnForm } from '../components/api-form-errors';

interface LoginForm {
  login: string;
  password: string;
  totpCode?: string;
}

/** Only same-site paths are followed after login. */
const safeNext = (next: string | null) => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginPage() {
  const [form] = Form.useForm<LoginForm>();
  const { me, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [needTotp, setNeedTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  const submit = async (values: LoginForm) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.login.trim(), values.password, values.totpCode);
      navigate(next, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'TOTP_REQUIRED') setNeedTotp(true);
      setError(
        showApiErrorOnForm(form, err, {
          fields: ['login', 'password', 'totpCode'],
          codeFields: {
            INVALID_CREDENTIALS: 'password',
            TOTP_INVALID: 'totpCode',
            TOTP_REQUIRED: 'totpCode',
            RECOVERY_CODE_INVALID: 'totpCode',
          },
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="登录" style={{ maxWidth: 420, margin: '24px auto' }}>
      {params.get('next') ? (
        <Alert type="info" showIcon message="请先登录后再访问该页面" style={{ marginBottom: 16 }} />
      ) : null}
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="form-error" />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
        <Form.Item name="login" label="邮箱或手机号" rules={[{ required: true, message: '请输入邮箱或手机号' }]}>
          <Input autoComplete="username" placeholder="注册时填写的邮箱或手机号" />
        </Form.Item>
        <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {needTotp ? (
          <Form.Item
            name="totpCode"
            label="动态口令"
            extra="打开身份验证器，输入 6 位数字；手机不在身边时，可输入一个恢复码（每个只能用一次）"
          >
            <Input maxLength={11} autoComplete="one-time-code" />
          </Form.Item>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={busy}>
          登录
        </Button>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
        还没有账号？<Link to="/signup">机构注册</Link>（注册后由所在地科技局审核）
      </Typography.Paragraph>
    </Card>
  );
}
