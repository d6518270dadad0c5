import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { send, useGet } from '../../api/query';
import type { Loan, LoanAuthorisation, LoanContractOption } from '../../api/types';
import { RadioItem } from '../../components/choices';
import { CreateBar } from '../../components/create-bar';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { rules, requiredText } from '../../components/form-rules';
import { LoanList } from './loan-list';
import { SideDrawer } from '../../components/side-drawer';
import { wanToFen, wanYuan } from '../../format';
import { AchievementSelect } from './achievement-select';
import { loanCard, loanColumns } from './loan-columns';
import { AuthorisationTable } from './authorisation-table';
import { ScoreCard } from './score-card';

interface FileValues {
  enterpriseOrgId: string;
  amountWan: string;
  termMonths: number;
  rateType: string;
  collateral: string;
  achievementIds: string[];
  contractIds: string[];
  purpose: string;
}
type EntryKind = 'repayment' | 'default' | 'settled';
interface EntryValues {
  amountWan?: string;
  occurredOn?: Dayjs;
  note?: string;
}

const ENTRY_TITLES: Record<EntryKind, string> = { repayment: '登记还款', default: '登记违约', settled: '登记结清' };

/** 还款 / 违约 / 结清 of a loan that is not settled, as its state allows. */
function EntryButtons({ loan: l, onEntry }: { loan: Loan; onEntry(kind: EntryKind): void }) {
  if (l.status === 'settled') return null;
  return (
    <Space size={0} wrap>
      <Button size="small" type="link" onClick={() => onEntry('repayment')} data-testid="add-repayment">
        还款
      </Button>
      {l.status === 'active' ? (
        <Button size="small" type="link" danger onClick={() => onEntry('default')}>
          违约
        </Button>
      ) : null}
      {l.outstandingFen === '0' ? (
        <Button size="small" type="link" onClick={() => onEntry('settled')}>
          结清
        </Button>
      ) : null}
    </Space>
  );
}

/** 贷款备案: the bank's filings, the filing form, and 还款 / 违约 / 结清 appended to a filing. */
export function BankLoansTab() {
  const [filing, setFiling] = useState(false);
  const [entry, setEntry] = useState<{ loan: Loan; kind: EntryKind } | null>(null);
  const [form] = Form.useForm<FileValues>();
  const authorised = useGet<LoanAuthorisation[]>('/loan-authorisations');
  const enterprises = (authorised.data ?? []).filter((a) => a.active);
  const chosen = Form.useWatch('enterpriseOrgId', form);
  const contracts = useGet<LoanContractOption[]>(
    filing && chosen ? '/loans/enterprise-contracts' : null,
    chosen ? { enterpriseOrgId: chosen } : undefined,
  );
  return (
    <>
      <CreateBar
        label="备案贷款"
        onCreate={() => setFiling(true)}
        testId="file-loan"
        hint="只能为已授权本机构的企业备案；备案后不能修改，还款、违约、结清逐笔追加。"
      />
      <LoanList
        scroll={{ x: 1100 }}
        empty={<EmptyState title="还没有备案的贷款" hint="企业授权本机构后，点击“备案贷款”。" />}
        card={loanCard('enterprise')}
        actions={(l) => <EntryButtons loan={l} onEntry={(kind) => setEntry({ loan: l, kind })} />}
        columns={[
          ...loanColumns('enterprise'),
          {
            title: '操作',
            key: 'op',
            width: 170,
            fixed: 'right' as const,
            render: (_: unknown, l) => <EntryButtons loan={l} onEntry={(kind) => setEntry({ loan: l, kind })} />,
          },
        ]}
      />
      <FormModal<FileValues, Loan>
        open={filing}
        form={form}
        name="loan"
        title="备案成果转化贷款"
        okText="提交备案"
        okButtonProps={{ 'data-testid': 'submit-loan' }}
        initialValues={{
          rateType: 'fixed',
          collateral: 'patent_pledge',
          termMonths: 36,
          achievementIds: [],
          contractIds: [],
        }}
        fields={[
          'enterpriseOrgId',
          'amountFen',
          'termMonths',
          'rateType',
          'collateral',
          'achievementIds',
          'contractIds',
          'purpose',
        ]}
        submit={(v) =>
          send(
            '/loans',
            'POST',
            {
              enterpriseOrgId: v.enterpriseOrgId,
              amountFen: wanToFen(v.amountWan),
              termMonths: v.termMonths,
              rateType: v.rateType,
              collateral: v.collateral,
              achievementIds: v.achievementIds ?? [],
              contractIds: v.contractIds ?? [],
              purpose: v.purpose,
            },
            true,
          )
        }
        invalidates={['loans', 'stats']}
        success="贷款已备案，已通知借款企业"
        onClose={() => setFiling(false)}
        onDone={() => setFiling(false)}
      >
        <Form.Item name="enterpriseOrgId" label="借款企业" rules={[rules.chosen('借款企业')]}>
          <Select
            data-testid="loan-enterprise"
            options={enterprises.map((a) => ({
              value: a.enterpriseOrgId,
              label: `${a.enterpriseName}（${a.enterpriseRegionName}）`,
            }))}
            placeholder="已授权本机构的企业"
            notFoundContent="暂无授权本机构的企业"
          />
        </Form.Item>
        <Form.Item name="amountWan" label="贷款金额（万元）" rules={[rules.required('贷款金额')]}>
          <Input inputMode="decimal" placeholder="如 500" />
        </Form.Item>
        <Form.Item name="termMonths" label="期限（月）" rules={[rules.chosen('期限')]}>
          <InputNumber min={1} max={360} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <RadioItem name="rateType" label="利率类型" names={{ fixed: '固定利率', floating: '浮动利率' }} />
        <RadioItem
          name="collateral"
          label="担保方式"
          names={{ patent_pledge: '专利质押', achievement: '科技成果', credit: '信用' }}
        />
        <Form.Item name="achievementIds" label="关联科技成果（已发布）">
          <AchievementSelect />
        </Form.Item>
        <Form.Item name="contractIds" label="关联技术合同（该企业已认定登记的）">
          <Select
            mode="multiple"
            maxCount={20}
            disabled={!chosen}
            loading={contracts.isLoading}
            optionFilterProp="label"
            placeholder={chosen ? '可不选' : '先选择借款企业'}
            notFoundContent="该企业暂无已认定登记的技术合同"
            options={(contracts.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.title}（${c.registrationNo ?? '已登记'}，${wanYuan(c.amountFen)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="purpose" label="贷款用途" rules={requiredText('贷款用途', 1000, 2)}>
          <Input.TextArea rows={3} maxLength={1000} placeholder="如：受让某专利并建设中试线" />
        </Form.Item>
      </FormModal>
      <FormModal<EntryValues, Loan>
        open={!!entry}
        name="entry"
        title={entry ? `${ENTRY_TITLES[entry.kind]}：${entry.loan.enterpriseName}` : ''}
        okText="登记"
        okButtonProps={{ 'data-testid': 'submit-entry' }}
        fields={['amountFen', 'occurredOn', 'note']}
        submit={(v) =>
          send(`/loans/${entry!.loan.id}/entries`, 'POST', {
            kind: entry!.kind,
            ...(entry!.kind === 'repayment' ? { amountFen: wanToFen(v.amountWan) } : {}),
            ...(v.occurredOn ? { occurredOn: v.occurredOn.format('YYYY-MM-DD') } : {}),
            ...(v.note ? { note: v.note } : {}),
          })
        }
        invalidates={['loans', 'stats']}
        success="已登记"
        onClose={() => setEntry(null)}
        onDone={() => setEntry(null)}
        intro={
          entry ? (
            <Typography.Paragraph>
              贷款 {wanYuan(entry.loan.amountFen)}，已还 {wanYuan(entry.loan.repaidFen)}，未还本金{' '}
              {wanYuan(entry.loan.outstandingFen)}。{entry.kind === 'default' ? '违约按当前未还本金登记。' : ''}
              {entry.kind === 'settled' ? '结清后不能再登记。' : ''}
            </Typography.Paragraph>
          ) : null
        }
      >
        {entry?.kind === 'repayment' ? (
          <Form.Item name="amountWan" label="还款本金（万元）" rules={[rules.required('还款本金')]}>
            <Input inputMode="decimal" />
          </Form.Item>
        ) : null}
        <Form.Item name="occurredOn" label="发生日期" extra="默认今天">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="说明" rules={[rules.length('说明', 500)]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}

/** 授权企业: the enterprises that authorised the bank, each with its 创新积分 on request. */
export function AuthorisingTab() {
  const list = useGet<LoanAuthorisation[]>('/loan-authorisations');
  const [scored, setScored] = useState<LoanAuthorisation | null>(null);
  return (
    <>
      <AuthorisationTable
        list={list}
        lead={[
          { title: '企业', dataIndex: 'enterpriseName', width: 220 },
          { title: '地区', dataIndex: 'enterpriseRegionName', width: 120 },
        ]}
        statusWidth={120}
        scrollX={760}
        empty={
          <EmptyState title="还没有企业授权本机构" hint="企业在“成果转化贷款”的“授权金融机构”中授权后会出现在这里。" />
        }
        action={{
          title: '创新积分',
          key: 'score',
          width: 110,
          render: (_: unknown, a) =>
            a.active ? (
              <Button size="small" type="link" onClick={() => setScored(a)} data-testid="view-score">
                查看积分
              </Button>
            ) : null,
        }}
      />
      <SideDrawer
        width={820}
        open={!!scored}
        title={`创新积分：${scored?.enterpriseName ?? ''}`}
        onClose={() => setScored(null)}
      >
        {scored ? <ScoreCard enterpriseOrgId={scored.enterpriseOrgId} /> : null}
      </SideDrawer>
    </>
  );
}
