import { Col, Input, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { AdminUser, Role } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { FilterSelect } from '../../components/filter-select';
import { OrgSelect } from '../../components/org-select';
import { PagedTable } from '../../components/paged-table';
import { ORG_TYPE_NAMES, ROLE_NAMES } from '../../format';
import { whenColumn } from '../../components/columns';

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
        scroll={{ x: 1100 }}
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
            render: (roles: Role[]) => (
              <Space size={[0, 4]} wrap>
                {roles.map((r) => (
                  <Tag key={r}>{ROLE_NAMES[r] ?? r}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: AdminUser['status']) => <Tag color={USER_STATUS[s].color}>{USER_STATUS[s].text}</Tag>,
          },
          { title: '动态口令', dataIndex: 'totpEnabled', width: 90, render: (on: boolean) => (on ? '已启用' : '—') },
          whenColumn('最近登录', 'lastLoginAt', 150),
        ]}
      />
    </>
  );
}
