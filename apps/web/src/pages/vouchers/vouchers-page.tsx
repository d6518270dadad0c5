import { Card, Grid, Tabs } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../auth/auth-context';
import { useWaiting, waitingLabel } from '../../components/waiting-counts';
import { LedgerTab, ProgrammesTab, QueueTab } from './bureau-tabs';
import { AvailableTab, MyVouchersTab, ProviderTab } from './enterprise-tabs';

/**
 * 科技创新券: bureaus run programmes, approve applications and redemptions and keep the budget
 * ledger; enterprises apply and ask for redemption; service providers see the vouchers naming them.
 */
export default function VouchersPage() {
  const { me, can } = useAuth();
  const narrow = !Grid.useBreakpoint().md;
  const bureau = can('voucher:manage');
  const enterprise = me?.org?.type === 'enterprise';
  const [tab, setTab] = useState(bureau ? 'applications' : enterprise ? 'available' : 'provider');
  const applications = useWaiting('voucherApplications', bureau);
  const redemptions = useWaiting('voucherRedemptions', bureau);
  const items = bureau
    ? [
        {
          key: 'applications',
          label: waitingLabel('申请审核', applications, 'waiting-applications'),
          children: <QueueTab stage="applied" />,
        },
        {
          key: 'redemptions',
          label: waitingLabel('兑付审核', redemptions, 'waiting-redemptions'),
          children: <QueueTab stage="redemption_requested" />,
        },
        {
          key: 'programmes',
          label: '项目',
          children: <ProgrammesTab canCreate={!!me?.user.roles.includes('bureau_admin')} />,
        },
        { key: 'ledger', label: '预算台账', children: <LedgerTab /> },
      ]
    : [
        ...(enterprise
          ? [
              { key: 'available', label: '可申报项目', children: <AvailableTab onApplied={() => setTab('mine')} /> },
              { key: 'mine', label: '我的创新券', children: <MyVouchersTab /> },
            ]
          : []),
        { key: 'provider', label: '服务的创新券', children: <ProviderTab /> },
      ];
  return (
    <Card title="科技创新券">
      {/* a phone's width holds the four tabs and their counts with a narrower gap, none behind a "…" */}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={items}
        destroyInactiveTabPane
        tabBarGutter={narrow ? 16 : undefined}
      />
    </Card>
  );
}
