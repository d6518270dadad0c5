import { Button, Dropdown, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { MenuProps } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { ROLE_NAMES, STATUS_NAMES } from '../format';
import { NotificationBell } from './notification-bell';

const { Header, Content, Footer } = Layout;

/** Header with the menu the user's permissions allow, the page, and a footer. */
export function AppLayout() {
  const { me, can, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;

  const items: MenuProps['items'] = [
    { key: '/', label: <Link to="/">首页</Link> },
    { key: '/search', label: <Link to="/search">找成果·找需求</Link> },
    { key: '/publications', label: <Link to="/publications">协议定价公示</Link> },
    { key: '/regions', label: <Link to="/regions">地区</Link> },
    // by role: what the user's permissions allow, in the order of the work
    // the platform admin may do everything: their own console first, before the menu overflows
    ...(me && can('platform:admin') ? [{ key: '/admin', label: <Link to="/admin">平台管理</Link> }] : []),
    ...(me && (can('listing:write-own') || can('challenge:publish'))
      ? [{ key: '/my/listings', label: <Link to="/my/listings">我的发布</Link> }]
      : []),
    ...(me && can('deal:read') ? [{ key: '/deals', label: <Link to="/deals">对接看板</Link> }] : []),
    ...(me && can('contract:write-own') ? [{ key: '/contracts', label: <Link to="/contracts">我的合同</Link> }] : []),
    ...(me && can('listing:review') ? [{ key: '/review', label: <Link to="/review">审核</Link> }] : []),
    ...(me && can('contract:certify')
      ? [{ key: '/certification', label: <Link to="/certification">合同登记</Link> }]
      : []),
    ...(me && can('stats:read') ? [{ key: '/dashboard', label: <Link to="/dashboard">统计看板</Link> }] : []),
    ...(me && can('import:run') ? [{ key: '/imports', label: <Link to="/imports">批量导入</Link> }] : []),
  ];
  const selected = [...(items ?? [])]
    .map((i) => String(i?.key))
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)))
    .slice(-1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: 16,
          padding: narrow ? '0 12px' : '0 24px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Link to="/" style={{ fontSize: narrow ? 16 : 18, fontWeight: 700, color: '#1677ff', whiteSpace: 'nowrap' }}>
          网上技术市场
        </Link>
        <Menu
          mode="horizontal"
          selectedKeys={selected}
          items={items}
          style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
        />
        {me ? <NotificationBell /> : null}
        {me ? (
          <Dropdown
            menu={{
              items: [
                {
                  key: 'org',
                  label: `${me.org.name}（${STATUS_NAMES[me.org.verificationStatus] ?? me.org.verificationStatus}）`,
                  disabled: true,
                },
                { key: 'roles', label: me.user.roles.map((r) => ROLE_NAMES[r] ?? r).join('、'), disabled: true },
                { type: 'divider' },
                {
                  key: 'logout',
                  icon: <LogoutOutlined />,
                  label: '退出登录',
                  onClick: () => void logout().then(() => navigate('/')),
                },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
              {narrow ? null : me.user.displayName}
            </Button>
          </Dropdown>
        ) : location.pathname === '/login' ? null : (
          <Space size={4}>
            <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
              <Button type="primary" size={narrow ? 'small' : 'middle'}>
                登录
              </Button>
            </Link>
            {narrow ? null : (
              <Link to="/signup">
                <Button>机构注册</Button>
              </Link>
            )}
          </Space>
        )}
      </Header>
      {me && me.org.verificationStatus !== 'verified' ? (
        <div style={{ background: '#fffbe6', padding: '6px 24px', borderBottom: '1px solid #ffe58f' }}>
          <Tag color="gold">{STATUS_NAMES[me.org.verificationStatus]}</Tag>
          {me.org.verificationStatus === 'rejected'
            ? `机构认证未通过：${me.org.rejectionReason ?? ''}`
            : '您的机构正在等待所在地科技局审核，审核通过后即可发布信息、登记合同。'}
          {can('org:edit-registration') ? (
            <Link to="/org/registration" style={{ marginLeft: 8 }} data-testid="edit-registration">
              {me.org.verificationStatus === 'rejected' ? '修改并重新提交' : '完善登记信息'}
            </Link>
          ) : null}
        </div>
      ) : null}
      <Content style={{ padding: narrow ? 12 : 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Outlet />
      </Content>
      <Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,.45)' }}>
        <Typography.Text type="secondary">
          网上技术市场 · 技术需求 · 科技成果 · 揭榜挂帅 · 技术合同认定登记
        </Typography.Text>
      </Footer>
    </Layout>
  );
}
