import { Button, Card, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send, useAction, usePaged } from '../../api/query';
import { useAuth } from '../../auth/auth-context';
import { whenColumn } from '../../components/columns';
import { ConfirmButton } from '../../components/confirm-button';
import { AccountStatusButton } from '../../components/account-status-button';
import { EmptyState } from '../../components/empty-state';
import { PagedTable } from '../../components/paged-table';
import { RoleTags } from '../../components/role-tags';
import { InvitationSent, InviteModal, type Invitation } from './invite-modal';
import { FIRST_ADMIN_ROLE, ROLES_BY_ORG_TYPE } from '../../../../../libs/shared/auth/org-roles.js';
import type { Member } from './member-roles';
import { RolesModal } from './roles-modal';

const STATUS: Record<Member['status'], { text: string; color: string }> = {
  active: { text: '正常', color: 'success' },
  invited: { text: '待接受邀请', color: 'processing' },
  disabled: { text: '已停用', color: 'default' },
};

/**
 * 成员管理 (org admins, and bureau and platform admins for their own organisation): invite,
 * resend or revoke an invitation, change roles, disable, hand the admin role over. The
 * organisation always keeps an admin (the server refuses otherwise and says so).
 */
export default function MembersPage() {
  const { me, reload } = useAuth();
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<Member | null>(null);
  const [resent, setResent] = useState<Invitation | null>(null);
  const list = usePaged<Member>('/org/members', {}, 20, (n) => `共 ${n} 名成员`);
  const orgType = me!.org.type;
  const roles = ROLES_BY_ORG_TYPE[orgType];
  const admin = FIRST_ADMIN_ROLE[orgType];
  const invalidates = ['org'];

  const setStatus = useAction(
    (v: { m: Member; to: 'disable' | 'enable' }) => send(`/org/members/${v.m.id}/${v.to}`, 'POST'),
    { invalidates, success: (_, v) => `已${v.to === 'disable' ? '停用' : '启用'}${v.m.displayName}` },
  );
  const resend = useAction((m: Member) => send<Invitation>(`/org/members/${m.id}/invitation`, 'POST'), {
    invalidates,
    success: (_, m) => `已重新发送邀请给${m.displayName}`,
  });
  const revoke = useAction((m: Member) => send(`/org/members/${m.id}/invitation`, 'DELETE'), {
    invalidates,
    success: (_, m) => `已撤销对${m.displayName}的邀请`,
  });
  const handOver = useAction((m: Member) => send(`/org/members/${m.id}/hand-over`, 'POST', { version: m.version }), {
    invalidates,
    success: (_, m) => `管理员已移交给${m.displayName}`,
  });

  const actions = (m: Member) => {
    const self = m.id === me!.user.id;
    const busy = (p: { isPending: boolean; variables?: unknown }) =>
      p.isPending && (p.variables === m || (p.variables as { m?: Member } | undefined)?.m === m);
    return (
      <Space size={0} wrap>
        <Button size="small" type="link" onClick={() => setEditing(m)} data-testid="edit-roles">
          修改角色
        </Button>
        {m.status === 'invited' ? (
          <>
            <Button
              size="small"
              type="link"
              loading={busy(resend)}
              onClick={() => resend.mutate(m, { onSuccess: (inv) => setResent(inv) })}
              data-testid="resend-invite"
            >
              重发邀请
            </Button>
            <ConfirmButton
              title="撤销该邀请？"
              description="邀请链接将立即失效。"
              okText="撤销"
              onConfirm={() => revoke.mutate(m)}
              data-testid="revoke-invite"
            >
              撤销邀请
            </ConfirmButton>
          </>
        ) : null}
        {m.status === 'active' && !self && !m.roles.includes(admin) ? (
          <ConfirmButton
            title={`将管理员移交给${m.displayName}？`}
            description="移交后您将不再是本机构管理员，保留其他角色。"
            okText="移交"
            onConfirm={() => handOver.mutate(m, { onSuccess: () => void reload() })}
            data-testid="hand-over"
          >
            移交管理员
          </ConfirmButton>
        ) : null}
        {/* one's own account is active, and not to be disabled here */}
        {self ? null : (
          <AccountStatusButton
            name={m.displayName}
            status={m.status}
            onDisable={() => setStatus.mutate({ m, to: 'disable' })}
            onEnable={() => setStatus.mutate({ m, to: 'enable' })}
            loading={busy(setStatus)}
            disableTestId="disable-member"
            enableTestId="enable-member"
          />
        )}
      </Space>
    );
  };

  return (
    <Card
      title={`成员管理 · ${me!.org.name}`}
      extra={
        <Button type="primary" onClick={() => setInviting(true)} data-testid="invite-member">
          邀请成员
        </Button>
      }
    >
      <PagedTable<Member>
        list={list}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 760 }}
        data-testid="members"
        empty={<EmptyState title="还没有其他成员" hint="点击“邀请成员”，对方会收到设置密码的邮件。" />}
        columns={[
          {
            title: '成员',
            key: 'who',
            width: 240,
            render: (_: unknown, m) => (
              <Space orientation="vertical" size={0}>
                <span>{m.id === me!.user.id ? `${m.displayName}（我）` : m.displayName}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                  {m.email}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '手机号',
            dataIndex: 'phone',
            width: 130,
            responsive: ['md'],
            render: (p: string | null) => p ?? '—',
          },
          {
            title: '角色',
            dataIndex: 'roles',
            width: 180,
            render: (rs: Member['roles']) => <RoleTags roles={rs} highlight={admin} />,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (s: Member['status']) => <Tag color={STATUS[s].color}>{STATUS[s].text}</Tag>,
          },
          whenColumn('最近登录', 'lastLoginAt', 140, { responsive: ['md'] }),
          { title: '操作', key: 'op', render: (_: unknown, m) => actions(m) },
        ]}
      />
      <InviteModal open={inviting} roles={roles} onClose={() => setInviting(false)} />
      <RolesModal member={editing} roles={roles} onClose={() => setEditing(null)} />
      <Modal
        title="邀请已重新发送"
        open={!!resent}
        onOk={() => setResent(null)}
        onCancel={() => setResent(null)}
        okText="完成"
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        {resent ? <InvitationSent invitation={resent} /> : null}
      </Modal>
    </Card>
  );
}
