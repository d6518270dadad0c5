import { Card, Tabs } from 'antd';
import { useAuth } from '../../auth/auth-context';
import { AuthorisingTab, BankLoansTab } from './bank-tabs';
import { LoanFiguresTab, RegionLoansTab } from './bureau-tabs';
import { GrantTab, MyLoansTab } from './enterprise-tabs';
import { ScoreCard } from './score-card';

/**
 * 成果转化贷款: banks file loans for enterprises that authorised them and record repayments;
 * enterprises authorise banks, see their loans and their 创新积分; bureaus see their region's
 * filings and figures.
 */
export default function LoansPage() {
  const { me, can } = useAuth();
  const type = me?.org?.type;
  const bank = can('loan:file');
  const bureau = type === 'bureau' || type === 'platform';
  const items = bank
    ? [
        { key: 'loans', label: '贷款备案', children: <BankLoansTab /> },
        { key: 'authorising', label: '授权企业', children: <AuthorisingTab /> },
      ]
    : bureau
      ? [
          { key: 'region', label: '成果转化贷款', children: <RegionLoansTab /> },
          ...(can('stats:read') ? [{ key: 'figures', label: '贷款统计', children: <LoanFiguresTab /> }] : []),
        ]
      : [
          {
            key: 'banks',
            label: '授权金融机构',
            children: <GrantTab admin={!!me?.user.roles.includes('org_admin')} />,
          },
          { key: 'mine', label: '我的贷款', children: <MyLoansTab /> },
          {
            key: 'score',
            label: '我的创新积分',
            children: me ? <ScoreCard enterpriseOrgId={me.org.id} /> : null,
          },
        ];
  return (
    <Card title={bank ? '贷款备案' : '科技成果转化贷款'}>
      <Tabs items={items} destroyInactiveTabPane />
    </Card>
  );
}
