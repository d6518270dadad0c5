import { Badge, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { queryClient, useGet } from '../api/query';

/** Modest polling: the count also refreshes on every navigation and when the tab comes back. */
const POLL_MS = 60_000;
const UNREAD = '/notifications/unread-count';

/**
 * The header's bell with the caller's unread count; opens 我的通知. Reading notifications
 * invalidates 'notifications', which this count belongs to, so the bell follows at once.
 */
export function NotificationBell() {
  const location = useLocation();
  const count = useGet<{ unread: number }>(UNREAD, undefined, {
    refetchInterval: () => (document.visibilityState === 'hidden' ? false : POLL_MS),
    refetchOnWindowFocus: true,
  });
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['notifications', 'unread-count'] });
  }, [location.pathname]);
  // a failed count keeps the last one: the bell is no place for an error message
  const unread = count.data?.unread ?? 0;

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
