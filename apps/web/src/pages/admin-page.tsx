import { Card, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { CodeTablesTab } from './admin/code-tables-tab';
import { ExchangeTab } from './admin/exchange/exchange-tab';
import { OrgsTab } from './admin/orgs-tab';
import { UsersTab } from './admin/users-tab';
import { MailFailuresTab } from './admin/mail-failures-tab';
import { WorkCalendarTab } from './admin/work-calendar-tab';
import { NotFoundPage } from './not-found-page';
import { useWaiting, waitingLabel } from '../components/waiting-counts';

/** 平台管理 (platform admin): organisations, users, code tables and synonyms, the work calendar, the exchange with partner platforms, mail that could not be delivered. */
export default function AdminPage() {
  const { tab = 'orgs' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const pendingOrgs = useWaiting('orgs');
  const items = [
    { key: 'orgs', label: waitingLabel('机构', pendingOrgs, 'waiting-orgs'), children: <OrgsTab /> },
    { key: 'users', label: '用户', children: <UsersTab /> },
    { key: 'code-tables', label: '代码表与同义词', children: <CodeTablesTab /> },
    { key: 'work-calendar', label: '工作日历', children: <WorkCalendarTab /> },
    ...(can('api-keys:manage') ? [{ key: 'exchange', label: '数据交换', children: <ExchangeTab /> }] : []),
    { key: 'mail', label: '邮件投递', children: <MailFailuresTab /> },
  ];
  if (!items.some((i) => i.key === tab)) return <NotFoundPage />;
  return (
    <Card title="平台管理">
      <Tabs activeKey={tab} onChange={(k) => void navigate(`/admin/${k}`)} items={items} destroyOnHidden />
    </Card>
  );
}
