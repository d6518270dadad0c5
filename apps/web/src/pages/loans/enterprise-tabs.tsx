import { Form, Select, Typography } from 'antd';
import { useState } from 'react';
import { send, useAction, useGet } from '../../api/query';
import type { Loan, LoanAuthorisation, LoanBank } from '../../api/types';
import { ConfirmButton } from '../../components/confirm-button';
import { CreateBar } from '../../components/create-bar';
import { EmptyState } from '../../components/empty-state';
import { FormModal } from '../../components/form-modal';
import { rules } from '../../components/form-rules';
import { LoanList } from './loan-list';
import { dateText, wanYuan } from '../../format';
import { loanCard, loanColumns } from './loan-columns';
import { AuthorisationTable } from './authorisation-table';

/** 授权金融机构: the enterprise's authorisations, a new one (admins), and revoking one. */
export function GrantTab({ admin }: { admin: boolean }) {
  const [granting, setGranting] = useState(false);
  const list = useGet<LoanAuthorisation[]>('/loan-authorisations');
  const banks = useGet<LoanBank[]>(granting ? '/loan-authorisations/banks' : null);
  const revoke = useAction((id: string) => send(`/loan-authorisations/${id}/revoke`, 'POST'), {
    invalidates: ['loan-authorisations'],
    success: '已撤销授权',
  });
  const held = new Set((list.data ?? []).filter((a) => a.active).map((a) => a.bankOrgId));
  return (
    <>
      {admin ? (
        <CreateBar
          label="授权金融机构"
          onCreate={() => setGranting(true)}
          testId="grant-bank"
          hint="授权后，该机构可为本企业备案成果转化贷款、查看本企业创新积分；可随时撤销。"
        />
      ) : (
        <Typography.Paragraph type="secondary">授权和撤销由本企业管理员办理。</Typography.Paragraph>
      )}
      <AuthorisationTable
        list={list}
        lead={[{ title: '金融机构', dataIndex: 'bankName', width: 220 }]}
        statusWidth={160}
        scrollX={700}
        empty={<EmptyState title="还没有授权金融机构" hint="授权后，合作银行才能为本企业备案贷款。" />}
        action={{
          title: '操作',
          key: 'op',
          width: 100,
          render: (_: unknown, a) =>
            admin && a.active ? (
              <ConfirmButton
                title={`撤销对${a.bankName}的授权？`}
                description="撤销后该机构不能再为本企业备案贷款、查看创新积分；已备案的贷款不受影响。"
                okText="撤销"
                onConfirm={() => revoke.mutateAsync(a.id)}
              >
                撤销
              </ConfirmButton>
            ) : null,
        }}
      />
      <FormModal<{ bankOrgId: string }, LoanAuthorisation>
        open={granting}
        name="grant"
        title="授权金融机构"
        okText="授权"
        okButtonProps={{ 'data-testid': 'submit-grant' }}
        fields={['bankOrgId']}
        codeFields={{ LOAN_ALREADY_AUTHORISED: 'bankOrgId', LOAN_BANK_INVALID: 'bankOrgId' }}
        submit={(v) => send('/loan-authorisations', 'POST', { bankOrgId: v.bankOrgId }, true)}
        invalidates={['loan-authorisations']}
        success="已授权"
        onClose={() => setGranting(false)}
        onDone={() => setGranting(false)}
        intro={
          <Typography.Paragraph>
            授权后，该金融机构可以为本企业备案科技成果转化贷款，并查看本企业的创新积分及其计算依据；撤销后即不能再备案、查看。
          </Typography.Paragraph>
        }
      >
        <Form.Item name="bankOrgId" label="金融机构" rules={[rules.chosen('金融机构')]}>
          <Select
            data-testid="grant-bank-select"
            showSearch
            optionFilterProp="label"
            loading={banks.isLoading}
            options={(banks.data ?? [])
              .filter((b) => !held.has(b.orgId))
              .map((b) => ({ value: b.orgId, label: `${b.name}（${b.regionName}）` }))}
            placeholder="已通过审核的金融机构"
          />
        </Form.Item>
      </FormModal>
    </>
  );
}

const entryLines = (l: Loan) =>
  l.entries.map((e) => (
    <div key={e.id}>
      {dateText(e.occurredOn)} {e.kindName}
      {e.amountFen ? ` ${wanYuan(e.amountFen)}` : ''}
      {e.note ? `：${e.note}` : ''}
    </div>
  ));

/** 我的贷款: loans banks filed for the enterprise, with their repayments. */
export function MyLoansTab() {
  const card = loanCard('bank');
  return (
    <LoanList
      scroll={{ x: 1200 }}
      empty={<EmptyState title="还没有贷款备案" hint="授权的金融机构为本企业备案后会出现在这里。" />}
      card={(l) => {
        const c = card(l);
        return {
          title: c.title,
          lines: (
            <>
              {c.lines}
              <div>用途：{l.purpose}</div>
              {entryLines(l)}
            </>
          ),
        };
      }}
      expandable={{
        rowExpandable: (l) => l.entries.length > 0,
        expandedRowRender: (l) => <div>{entryLines(l)}</div>,
      }}
      columns={[...loanColumns('bank'), { title: '用途', dataIndex: 'purpose', width: 220 }]}
    />
  );
}
