import { Badge, Button, Drawer, Dropdown, Grid, Layout, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { ROLE_NAMES, STATUS_NAMES } from '../format';
import { NotificationBell } from './notification-bell';
import { SideMenu } from './side-menu';
import { useWaitingWork } from './waiting-counts';

const { Header, Sider, Content, Footer } = Layout;

/**
 * Header (name, notifications, the user), a side menu grouped by the work the user's role
 * does, the page, and a footer. On a phone the menu is a drawer behind a button, so the page
 * starts at the top of the screen.
 */
export function AppLayout() {
  const { me, can, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [menuOpen, setMenuOpen] = useState(false);
  const waiting = useWaitingWork(me, can);
  const anyWaiting = Object.values(waiting).some((n) => !!n);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: narrow ? 8 : 16,
          padding: narrow ? '0 12px' : '0 24px',
          background: '#fff',
          borderBottom: '1px solid #f0f0f0',
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {narrow ? (
          <Button
            type="text"
            icon={
              // on a phone the menu is out of sight: a dot says that something in it waits
              <Badge dot={anyWaiting}>
                <MenuOutlined />
              </Badge>
            }
            aria-label={anyWaiting ? '打开菜单（有待处理事项）' : '打开菜单'}
            onClick={() => setMenuOpen(true)}
            data-testid="open-menu"
          />
        ) : null}
        <Link to="/" style={{ fontSize: narrow ? 16 : 18, fontWeight: 700, color: '#1677ff', whiteSpace: 'nowrap' }}>
          网上技术市场
        </Link>
        <div style={{ flex: 1 }} />
        {me ? <NotificationBell /> : null}
        {me ? (
          <Dropdown
            menu={{
              items: [
                { key: 'org', label: me.org.name, disabled: true },
                {
                  key: 'status',
                  label: `认证状态：${STATUS_NAMES[me.org.verificationStatus] ?? '—'}`,
                  disabled: true,
                },
                { key: 'roles', label: me.user.roles.map((r) => ROLE_NAMES[r] ?? r).join('、'), disabled: true },
                { type: 'divider' },
                {
                  key: 'profile',
                  icon: <SafetyOutlined />,
                  label: <Link to="/profile">账号与安全</Link>,
                },
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
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            size={260}
            title="网上技术市场"
            styles={{ body: { padding: 0 } }}
          >
            <SideMenu me={me} can={can} waiting={waiting} onNavigate={() => setMenuOpen(false)} />
          </Drawer>
        ) : (
          <Sider width={208} theme="light" style={{ borderRight: '1px solid #f0f0f0' }} data-testid="side-menu">
            <SideMenu me={me} can={can} waiting={waiting} />
          </Sider>
        )}
        <Layout>
          {me && me.org.suspendedAt ? (
            <div
              style={{ background: '#fff2f0', padding: '6px 24px', borderBottom: '1px solid #ffccc7' }}
              data-testid="suspended-banner"
            >
              <Tag color="red">已暂停</Tag>
              机构已被暂停：{me.org.suspensionReason}
              。暂停期间不能发布信息、登记合同或参与对接，如有疑问请联系所在地科技局。
            </div>
          ) : null}
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
          <Footer style={{ textAlign: 'center', color: 'rgba(0,0,0,.45)', padding: narrow ? 12 : undefined }}>
            <Typography.Text type="secondary">
              网上技术市场 · 技术需求 · 科技成果 · 揭榜挂帅 · 技术合同认定登记
            </Typography.Text>
          </Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
