import { Button, Col, Input, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { send, useAction, usePaged } from '../../api/query';
import type { AdminUser, Role } from '../../api/types';
import { RoleTags } from '../../components/role-tags';
import { EmptyState } from '../../components/empty-state';
import { FilterSelect } from '../../components/filter-select';
import { OrgSelect } from '../../components/org-select';
import { PagedTable } from '../../components/paged-table';
import { ORG_TYPE_NAMES, ROLE_NAMES } from '../../format';
import { whenColumn } from '../../components/columns';
import { ConfirmButton } from '../../components/confirm-button';
import { AccountStatusButton } from '../../components/account-status-button';
import { useAuth } from '../../auth/auth-context';

const USER_STATUS: Record<AdminUser['status'], { text: string; color: string }> = {
  active: { text: '正常', color: 'success' },
  invited: { text: '待激活', color: 'processing' },
  disabled: { text: '已停用', color: 'default' },
};

/** Every user of the platform (GET /api/admin/users), by organisation, role and whether disabled. */
export function UsersTab() {
  const [params, setParams] = useSearchParams();
  const orgId = params.get('orgId') ?? undefined;
  const [role, setRole] = useState<Role>();
  const [disabled, setDisabled] = useState<'true' | 'false'>();
  const [q, setQ] = useState('');
  const { me } = useAuth();
  const act = useAction(
    (v: { u: AdminUser; op: 'disable' | 'enable' | 'unlock' | 'reset-password' }) =>
      send(`/admin/users/${v.u.id}/${v.op}`, 'POST'),
    {
      invalidates: ['admin', 'audit'],
      success: (_, v) =>
        ({
          disable: `已停用${v.u.displayName}，其登录已全部失效`,
          enable: `已启用${v.u.displayName}`,
          unlock: `已解除${v.u.displayName}的登录锁定`,
          'reset-password': `已重置${v.u.displayName}的密码，设置新密码的邮件已发出`,
        })[v.op],
    },
  );
  const actions = (u: AdminUser) =>
    u.id === me!.user.id ? null : (
      <Space size={0} wrap>
        {u.lockedUntil ? (
          <Button size="small" type="link" onClick={() => act.mutate({ u, op: 'unlock' })} data-testid="unlock-user">
            解除锁定
          </Button>
        ) : null}
        {u.status === 'active' ? (
          <ConfirmButton
            title={`重置${u.displayName}的密码？`}
            description="原密码立即失效、所有登录退出，系统将向其邮箱发送设置新密码的链接。"
            okText="重置"
            onConfirm={() => act.mutate({ u, op: 'reset-password' })}
            data-testid="reset-password"
          >
            重置密码
          </ConfirmButton>
        ) : null}
        <AccountStatusButton
          name={u.displayName}
          status={u.status}
          onDisable={() => act.mutate({ u, op: 'disable' })}
          onEnable={() => act.mutate({ u, op: 'enable' })}
          disableTestId="disable-user"
          enableTestId="enable-user"
        />
      </Space>
    );
  const list = usePaged<AdminUser>(
    '/admin/users',
    { orgId, role, disabled, q: q || undefined },
    20,
    (n) => `共 ${n} 个用户`,
  );

  return (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} md={8}>
          <OrgSelect
            value={orgId}
            placeholder="所属机构（输入名称搜索）"
            onChange={(id) => setParams(id ? { orgId: id } : {}, { replace: true })}
          />
        </Col>
        <Col xs={12} md={5}>
          <FilterSelect<Role>
            placeholder="角色"
            value={role}
            onChange={setRole}
            names={ROLE_NAMES as Record<Role, string>}
          />
        </Col>
        <Col xs={12} md={4}>
          <FilterSelect<'true' | 'false'>
            placeholder="账号状态"
            value={disabled}
            onChange={setDisabled}
            names={{ false: '未停用', true: '已停用' }}
          />
        </Col>
        <Col xs={24} md={7}>
          <Input.Search allowClear placeholder="姓名、邮箱或手机号" onSearch={(v) => setQ(v.trim())} />
        </Col>
      </Row>
      <PagedTable<AdminUser>
        list={list}
        pagination={{ ...list.table.pagination, showSizeChanger: false }}
        scroll={{ x: 1300 }}
        empty={<EmptyState title="没有符合条件的用户" hint="换个筛选条件试试。" />}
        data-testid="admin-users"
        columns={[
          { title: '姓名', dataIndex: 'displayName', width: 130 },
          {
            title: '账号',
            key: 'login',
            width: 240,
            render: (_: unknown, u) => (
              <Space orientation="vertical" size={0}>
                <span>{u.email}</span>
                {u.phone ? <Typography.Text type="secondary">{u.phone}</Typography.Text> : null}
              </Space>
            ),
          },
          {
            title: '机构',
            key: 'org',
            render: (_: unknown, u) => (
              <Space orientation="vertical" size={0}>
                <span>{u.org.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {ORG_TYPE_NAMES[u.org.type] ?? u.org.type}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '角色',
            dataIndex: 'roles',
            width: 170,
            render: (roles: Role[]) => <RoleTags roles={roles} />,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: AdminUser['status'], u) => (
              <Space size={[0, 4]} wrap>
                <Tag color={USER_STATUS[s].color}>{USER_STATUS[s].text}</Tag>
                {u.lockedUntil ? <Tag color="warning">已锁定</Tag> : null}
                {u.passwordResetRequired ? <Tag color="orange">待重设密码</Tag> : null}
              </Space>
            ),
          },
          { title: '动态口令', dataIndex: 'totpEnabled', width: 90, render: (on: boolean) => (on ? '已启用' : '—') },
          whenColumn('最近登录', 'lastLoginAt', 150),
          { title: '操作', key: 'op', width: 200, fixed: 'right', render: (_: unknown, u) => actions(u) },
        ]}
      />
    </>
  );
}
