import { Alert, Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Contract } from '../../api/types';
import { ContractDrawer } from '../../components/contract-detail/contract-drawer';
import { useOpenContract } from '../../components/contract-detail/contract-columns';
import { wanYuan } from '../../format';
import { useWaiting, waitingLabel } from '../../components/waiting-counts';
import { Certified } from './certified';
import { Queue } from './queue';

/** 技术合同认定登记: the bureau's queue (overdue first), certification with approved amounts, rejection with a coded reason. */
export default function CertificationPage() {
  const [params] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') === 'certified' ? 'certified' : 'queue');
  const [certified, setCertified] = useState<Contract | null>(null);
  const [openId, show] = useOpenContract();
  const waiting = useWaiting('contracts');
  return (
    <Card title="技术合同认定登记">
      {certified?.registration ? (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCertified(null)}
          style={{ marginBottom: 16 }}
          data-testid="certified-notice"
          message={
            <span>
              「{certified.title}」已认定登记，登记号{' '}
              <Typography.Text strong data-testid="registration-no">
                {certified.registration.registrationNo}
              </Typography.Text>
              ，核定合同成交额 {wanYuan(certified.registration.approvedContractAmountFen)}、技术交易额{' '}
              {wanYuan(certified.registration.approvedTechAmountFen)}。
            </span>
          }
        />
      ) : null}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'queue',
            label: waitingLabel('待登记', waiting, 'waiting-contracts'),
            children: <Queue onOpen={show} onDone={(c) => c.status === 'certified' && setCertified(c)} />,
          },
          { key: 'certified', label: '已登记', children: <Certified onOpen={show} /> },
        ]}
      />
      <ContractDrawer id={openId} onClose={() => show(null)} />
    </Card>
  );
}
