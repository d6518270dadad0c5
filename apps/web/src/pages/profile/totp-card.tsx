import { Alert, App, Button, Card, Form, Input, QRCode, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send } from '../../api/query';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/auth-context';

interface Setup {
  secret: string;
  otpauthUri: string;
}

/** Recovery codes, shown once: the server keeps only their hashes. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const text = codes.join('\n');
  return (
    <>
      <Alert
        type="warning"
        showIcon
        message="请立即保存以下恢复码"
        description="手机丢失或无法使用身份验证器时，可在登录时输入一个恢复码代替动态口令。每个恢复码只能使用一次；关闭本提示后将无法再次查看。"
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph copyable={{ text }} data-testid="recovery-codes">
        <pre style={{ margin: 0, columns: 2, fontSize: 15 }}>{text}</pre>
      </Typography.Paragraph>
      <Button type="primary" onClick={onDone} data-testid="recovery-saved">
        我已妥善保存
      </Button>
    </>
  );
}

/**
 * 动态口令 (bureau and platform accounts): scan the QR code into an authenticator, confirm with
 * a code, save the recovery codes; later regenerate the codes or turn TOTP off with a code.
 */
export function TotpCard() {
  const { me, reload } = useAuth();
  const { message } = App.useApp();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ code: string }>();
  const enabled = me!.user.totpEnabled;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '操作失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };
  const code = () => (form.getFieldValue('code') as string | undefined)?.trim() ?? '';
  const start = () => run(async () => setSetup(await send<Setup>('/me/totp/setup', 'POST')));
  const enable = () =>
    run(async () => {
      const res = await send<{ recoveryCodes: string[] }>('/me/totp/enable', 'POST', { code: code() });
      form.resetFields();
      setSetup(null);
      setCodes(res.recoveryCodes);
      void message.success('动态口令已启用');
    });
  const regenerate = () =>
    run(async () => {
      const res = await send<{ recoveryCodes: string[] }>('/me/totp/recovery-codes', 'POST', { code: code() });
      form.resetFields();
      setCodes(res.recoveryCodes);
    });
  const disable = () =>
    run(async () => {
      await send('/me/totp/disable', 'POST', { code: code() });
      form.resetFields();
      await reload();
      void message.success('动态口令已关闭');
    });

  const codeInput = (
    <Form form={form} layout="inline" style={{ marginBottom: 12 }}>
      <Form.Item name="code" label="动态口令">
        <Input
          inputMode="numeric"
          maxLength={6}
          placeholder="6 位数字"
          style={{ width: 140 }}
          data-testid="totp-code"
        />
      </Form.Item>
    </Form>
  );

  return (
    <Card
      title="动态口令（二次验证）"
      extra={enabled ? <Tag color="success">已启用</Tag> : <Tag>未启用</Tag>}
      data-testid="totp-card"
    >
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      {codes ? (
        <RecoveryCodes
          codes={codes}
          onDone={() => {
            setCodes(null);
            void reload();
          }}
        />
      ) : enabled ? (
        <>
          <Typography.Paragraph>
            登录时除密码外还需输入身份验证器中的动态口令。剩余未使用的恢复码：
            <Typography.Text strong data-testid="recovery-left">
              {me!.recoveryCodesLeft}
            </Typography.Text>{' '}
            个。
          </Typography.Paragraph>
          {codeInput}
          <Space wrap>
            <Button onClick={() => void regenerate()} loading={busy} data-testid="regenerate-codes">
              重新生成恢复码
            </Button>
            <Button danger onClick={() => void disable()} loading={busy} data-testid="totp-disable">
              关闭动态口令
            </Button>
          </Space>
        </>
      ) : setup ? (
        <>
          <Steps
            orientation="vertical"
            size="small"
            current={1}
            items={[
              { title: '用身份验证器（如“腾讯身份验证器”“Google Authenticator”）扫描二维码' },
              { title: '输入验证器显示的 6 位动态口令，完成启用' },
            ]}
          />
          <Space align="start" wrap style={{ margin: '12px 0' }}>
            <QRCode value={setup.otpauthUri} size={168} />
            <Typography.Paragraph type="secondary" style={{ maxWidth: 320 }}>
              无法扫码时，可在验证器中手动输入密钥：
              <Typography.Text code copyable data-testid="totp-secret">
                {setup.secret}
              </Typography.Text>
            </Typography.Paragraph>
          </Space>
          {codeInput}
          <Button type="primary" onClick={() => void enable()} loading={busy} data-testid="totp-enable">
            启用
          </Button>
        </>
      ) : (
        <>
          <Typography.Paragraph>
            启用后，登录时除密码外还需输入手机身份验证器生成的动态口令，账号被盗用的风险更低。科技局和平台账号建议启用。
          </Typography.Paragraph>
          <Button type="primary" onClick={() => void start()} loading={busy} data-testid="totp-setup">
            开始设置
          </Button>
        </>
      )}
    </Card>
  );
}
