import { Alert, App, Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { BellOutlined, CheckOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Page } from '../api/client';
import type { AppNotification, MatchAlertPayload } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { notificationsChanged } from '../components/notification-bell';
import { useApi } from '../components/use-api';
import { dateTimeText, KIND_NAMES } from '../format';

const PAGE_SIZE = 10;
const KIND_PATH: Record<string, string> = { need: 'needs', achievement: 'achievements', challenge: 'challenges' };
const KIND_LABEL: Record<string, string> = { match_alert: '匹配提醒' };

/** A notification's link as a route of this app: the API names kinds in the singular (/listings/need/<id>). */
function appPath(link: string): string {
  return link.replace(/^\/listings\/(need|achievement|challenge)\//, (_, k: string) => `/listings/${KIND_PATH[k]}/`);
}

/** Where a match alert leads: the newly published listing, and the matches of the recipient's own listing. */
function links(n: AppNotification): { label: string; to: string }[] {
  const out: { label: string; to: string }[] = [];
  if (n.link) out.push({ label: n.kind === 'match_alert' ? '查看新发布的信息' : '查看', to: appPath(n.link) });
  const mine = (n.payload as MatchAlertPayload | undefined)?.matchedListing;
  if (n.kind === 'match_alert' && mine && (mine.kind === 'need' || mine.kind === 'achievement')) {
    out.push({
      label: mine.kind === 'need' ? '查看我的需求的匹配' : '查看我的成果的匹配',
      to: `/matches/${KIND_PATH[mine.kind]}/${mine.id}`,
    });
  }
  return out;
}

type Filter = 'all' | 'unread';

/** 我的通知: the user's and their organisation's notifications, newest first, with read state. */
export default function NotificationsPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi(
    (signal) =>
      api<Page<AppNotification> & { unread: number }>('/notifications', {
        query: { unread: filter === 'unread' ? true : undefined, page, pageSize: PAGE_SIZE },
        signal,
      }),
    [filter, page],
  );
  const unread = list.data?.unread ?? 0;

  const markRead = async (n: AppNotification) => {
    if (n.read) return;
    setBusy(n.id);
    try {
      await api(`/notifications/${n.id}/read`, { method: 'POST' });
      notificationsChanged(Math.max(0, unread - 1));
      list.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };

  /** Opening what a notification is about counts as reading it (the bell catches up after the request). */
  const openedUnread = (n: AppNotification) => {
    if (n.read) return;
    void api(`/notifications/${n.id}/read`, { method: 'POST' }).then(
      () => notificationsChanged(),
      () => undefined,
    );
  };

  const markAll = async () => {
    setBusy('all');
    try {
      const r = await api<{ updated: number }>('/notifications/read-all', { method: 'POST' });
      notificationsChanged(0);
      void message.success(r.updated ? `已将 ${r.updated} 条通知标为已读` : '没有未读通知');
      setPage(1);
      list.reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      title={
        <Space>
          <BellOutlined />
          <span>我的通知</span>
          {unread ? (
            <Tag color="red" data-testid="unread-total">
              {unread} 条未读
            </Tag>
          ) : null}
        </Space>
      }
      extra={
        <Button
          icon={<CheckOutlined />}
          disabled={!unread}
          loading={busy === 'all'}
          onClick={() => void markAll()}
          data-testid="mark-all-read"
        >
          全部标为已读
        </Button>
      }
    >
      <Segmented<Filter>
        style={{ marginBottom: 12 }}
        value={filter}
        onChange={(v) => {
          setFilter(v);
          setPage(1);
        }}
        options={[
          { value: 'all', label: '全部' },
          { value: 'unread', label: `未读${unread ? `（${unread}）` : ''}` },
        ]}
      />
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <List<AppNotification>
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{
          emptyText:
            filter === 'unread' ? (
              <EmptyState title="没有未读通知" hint="所有通知都已读过，切换到“全部”可查看历史通知。" />
            ) : (
              <EmptyState
                title="还没有通知"
                hint={
                  <>
                    当有新发布的技术需求或科技成果与您单位已发布的信息高度相关时，平台会发送<b>匹配提醒</b>
                    （同时发送邮件）。
                    <br />
                    在“我的发布”中发布技术需求或登记科技成果后，即可收到匹配提醒。
                  </>
                }
              />
            ),
        }}
        pagination={
          (list.data?.total ?? 0) > PAGE_SIZE
            ? {
                current: page,
                pageSize: PAGE_SIZE,
                total: list.data?.total ?? 0,
                onChange: setPage,
                showTotal: (n) => `共 ${n} 条`,
                size: 'small',
              }
            : false
        }
        renderItem={(n) => (
          <List.Item
            className={`notification-item${n.read ? '' : ' unread'}`}
            data-testid="notification"
            data-read={n.read}
            actions={
              n.read
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      loading={busy === n.id}
                      onClick={() => void markRead(n)}
                      data-testid="mark-read"
                    >
                      标为已读
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              avatar={
                n.kind === 'match_alert' ? (
                  <ThunderboltOutlined style={{ fontSize: 20, color: '#fa8c16' }} />
                ) : (
                  <BellOutlined style={{ fontSize: 20, color: '#1677ff' }} />
                )
              }
              title={
                <Space wrap size={[6, 2]}>
                  {n.read ? null : <Tag color="red">未读</Tag>}
                  <Tag color={n.kind === 'match_alert' ? 'orange' : 'blue'}>{KIND_LABEL[n.kind] ?? '系统通知'}</Tag>
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <Space direction="vertical" size={4} style={{ width: '100%' }}>
                  <Typography.Text type={n.read ? 'secondary' : undefined}>{n.body}</Typography.Text>
                  <Space wrap size={[12, 4]}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dateTimeText(n.createdAt)}
                    </Typography.Text>
                    {typeof n.payload?.similarity === 'number' ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        相似度 {Math.round(n.payload.similarity * 100)}%
                      </Typography.Text>
                    ) : null}
                    {links(n).map((l) => (
                      <Link key={l.to} to={l.to} onClick={() => openedUnread(n)}>
                        {l.label}
                      </Link>
                    ))}
                  </Space>
                </Space>
              }
            />
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
        通知发给您本人或您所在的单位；单位的通知由任一成员标为已读后，对全单位均显示为已读。{KIND_NAMES.need}与
        {KIND_NAMES.achievement}的匹配提醒每对信息只发送一次。
      </Typography.Paragraph>
    </Card>
  );
}
