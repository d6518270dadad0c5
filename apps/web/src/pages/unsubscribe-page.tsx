import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import type { NotificationPreference } from '../api/types';

/**
 * 退订: the unsubscribe link of a mail is /unsubscribe#token=… (the token stays after the `#`, out
 * of server logs). Signed in as the mail's recipient, it turns that category's mail off.
 */
export default function UnsubscribePage() {
  const location = useLocation();
  const token = new URLSearchParams(location.hash.replace(/^#/, '')).get('token') ?? '';
  const [done, setDone] = useState<NotificationPreference | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!token) return;
    api<NotificationPreference>('/me/notification-preferences/unsubscribe', { method: 'POST', body: { token } }).then(
      setDone,
      (err: unknown) => setError(err instanceof ApiError ? err.message : '退订失败，请稍后再试'),
    );
  }, [token]);

  const settings = (
    <Link to="/notifications/preferences">
      <Button type="primary">邮件提醒设置</Button>
    </Link>
  );
  if (!token)
    return (
      <Result status="warning" title="退订链接不完整" subTitle="请从邮件中的退订链接完整打开本页。" extra={settings} />
    );
  if (error) return <Result status="error" title="未能退订" subTitle={error} extra={settings} />;
  if (!done) return <Spin style={{ display: 'block', margin: '80px auto' }} tip="正在退订…" />;
  return (
    <Result
      status="success"
      title={`已退订“${done.label}”类邮件`}
      subTitle="此类通知仍会显示在站内“我的通知”中。如需恢复邮件提醒，可在邮件提醒设置中修改。"
      extra={settings}
    />
  );
}
