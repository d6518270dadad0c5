import { Card, Tabs } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAuth } from '../../auth/auth-context';
import { Board } from './board';
import { DealDrawer } from './deal-detail';
import { DealList } from './deal-list';

/** 对接看板: deals by stage for brokers and bureaus; the deals an organisation takes part in. */
export default function DealsPage() {
  const { me, can } = useAuth();
  const [params, setParams] = useSearchParams();
  const openId = params.get('deal');
  const bureau = me?.org.type === 'bureau';
  const brokerish =
    bureau || me?.user.roles.includes('broker') || me?.org.type === 'broker_agency' || me?.org.type === 'platform';
  const [tab, setTab] = useState(brokerish ? 'board' : 'mine');
  const show = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('deal', id);
    else next.delete('deal');
    setParams(next, { replace: true });
  };

  return (
    <Card title={bureau ? '对接看板（本辖区）' : '对接看板'}>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'board',
            label: bureau ? '辖区对接看板' : '我经办的对接',
            children: <Board scope={bureau ? 'region' : 'broker'} onOpen={show} canOpen={can('deal:manage')} />,
          },
          { key: 'mine', label: '全部可见的对接', children: <DealList onOpen={show} /> },
        ]}
      />
      <DealDrawer id={openId} onClose={() => show(null)} />
    </Card>
  );
}
