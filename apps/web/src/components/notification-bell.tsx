import { Badge, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../api/client';

/** Modest polling: the count also refreshes on every navigation and when the tab comes back. */
const POLL_MS = 60_000;
const CHANGED = 'techmarket:notifications-changed';

/** Tells the bell that notifications were read: with the new unread count when known, else it asks the API. */
export function notificationsChanged(unread?: number): void {
  window.dispatchEvent(new CustomEvent<number | undefined>(CHANGED, { detail: unread }));
}

/** The header's bell with the caller's unread count; opens 我的通知. */
export function NotificationBell() {
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  // a slow answer never overwrites a newer one
  const seq = useRef(0);

  const refresh = useCallback(async () => {
    if (document.visibilityState === 'hidden') return;
    const mine = ++seq.current;
    try {
      const r = await api<{ unread: number }>('/notifications/unread-count');
      if (mine === seq.current) setUnread(r.unread);
    } catch {
      // keep the last count: the bell is no place for an error message
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [location.pathname, refresh]);

  useEffect(() => {
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    const onVisible = () => void refresh();
    const onChanged = (e: Event) => {
      const n = (e as CustomEvent<number | undefined>).detail;
      if (typeof n === 'number') {
        seq.current += 1;
        setUnread(n);
      } else void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener(CHANGED, onChanged);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener(CHANGED, onChanged);
    };
  }, [refresh]);

  const label = unread ? `通知（${unread} 条未读）` : '通知';
  return (
    <Tooltip title={label}>
      <Link
        to="/notifications"
        className="header-bell"
        aria-label={label}
        data-testid="notification-bell"
        data-unread={unread}
      >
        <Badge count={unread} size="small" overflowCount={99} offset={[4, -2]}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
