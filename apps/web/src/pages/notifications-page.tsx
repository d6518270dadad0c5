import { Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { BellOutlined, CheckOutlined, SettingOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { invalidate, send, useAction, usePaged } from '../api/query';
import type { AppNotification, MatchAlertPayload, NotificationPage } from '../api/types';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { RowActionButton } from '../components/row-action-button';
import { dateTimeText, KIND_NAMES } from '../format';
import { matchDegreeText } from '../../../../libs/shared/match-degree/index.js';

const PAGE_SIZE = 10;
const KIND_PATH: Record<string, string> = { need: 'needs', achievement: 'achievements', challenge: 'challenges' };
const KIND_LABEL: Record<string, string> = {
  match_alert: '匹配提醒',
  listing_reviewed: '发布审核',
  challenge_application: '揭榜申请',
  challenge_result: '揭榜结果',
  org_verification: '机构认证',
  member_joined: '成员加入',
  deal_invited: '对接邀请',
  deal_answered: '对接答复',
  deal_stage: '对接进展',
  sale_concluded: '成交',
  listing_ended: '挂牌结束',
  contract_submitted: '待登记合同',
  contract_certified: '合同登记',
  contract_rejected: '合同登记',
  contract_amended: '合同变更',
  contract_cancelled: '合同撤销',
  price_publication: '协议定价公示',
  registration_deadline: '登记期限',
  voucher_application: '创新券申请',
  voucher_decision: '创新券审批',
  voucher_redemption: '创新券兑付',
  voucher_expired: '创新券到期',
  loan_filed: '贷款备案',
  import_finished: '批量导入',
  webhook_failing: '数据交换',
};

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
  const [filter, setFilter] = useState<Filter>('all');
  const list = usePaged<AppNotification>(
    '/notifications',
    { unread: filter === 'unread' ? true : undefined },
    PAGE_SIZE,
    (n) => `共 ${n} 条`,
  );
  const unread = (list.data as NotificationPage | undefined)?.unread ?? 0;
  const markRead = useAction((n: AppNotification) => send(`/notifications/${n.id}/read`, 'POST'), {
    invalidates: ['notifications'],
  });
  const markAll = useAction(() => send<{ updated: number }>('/notifications/read-all', 'POST'), {
    invalidates: ['notifications'],
    success: (r) => (r.updated ? `已将 ${r.updated} 条通知标为已读` : '没有未读通知'),
  });

  /** Opening what a notification is about counts as reading it (the bell catches up after the request). */
  const openedUnread = (n: AppNotification) => {
    if (!n.read)
      void send(`/notifications/${n.id}/read`, 'POST').then(
        () => invalidate('notifications'),
        () => undefined,
      );
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
        <Space wrap>
          <Link to="/notifications/preferences" data-testid="notification-preferences">
            <SettingOutlined /> 邮件提醒设置
          </Link>
          <Button
            icon={<CheckOutlined />}
            disabled={!unread}
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onSuccess: () => list.setPage(1) })}
            data-testid="mark-all-read"
          >
            全部标为已读
          </Button>
        </Space>
      }
    >
      <Segmented<Filter>
        style={{ marginBottom: 12 }}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: '全部' },
          { value: 'unread', label: `未读${unread ? `（${unread}）` : ''}` },
        ]}
      />
      <ErrorAlert error={list.error} />
      <List<AppNotification>
        loading={list.table.loading}
        dataSource={list.table.dataSource}
        locale={{
          emptyText:
            filter === 'unread' ? (
              <EmptyState title="没有未读通知" hint="所有通知都已读过，切换到“全部”可查看历史通知。" />
            ) : (
              <EmptyState
                title="还没有通知"
                hint={
                  <>
                    审核结果、对接邀请与进展、合同登记、揭榜结果等与您单位有关的事项，以及新发布的信息与您单位的信息相匹配时，
                    平台会在这里通知您，并按您的<Link to="/notifications/preferences">邮件提醒设置</Link>发送邮件。
                  </>
                }
              />
            ),
        }}
        pagination={(list.data?.total ?? 0) > PAGE_SIZE ? { ...list.table.pagination, size: 'small' } : false}
        renderItem={(n) => (
          <List.Item
            className={`notification-item${n.read ? '' : ' unread'}`}
            data-testid="notification"
            data-read={n.read}
            actions={
              n.read
                ? []
                : [
                    <RowActionButton key="read" action={markRead} row={n} data-testid="mark-read">
                      标为已读
                    </RowActionButton>,
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
                        {/* the degree when the alert was sent; the match list recomputes it as the market changes */}
                        通知时{matchDegreeText(n.payload.similarity)}
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
