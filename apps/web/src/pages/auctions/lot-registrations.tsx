import { Button, Form, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { send, useGet } from '../../api/query';
import type { LotRegistration } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { requiredText } from '../../components/form-rules';
import { chinaTime } from '../../format';

/**
 * A lot's bidders: the seller sees 竞买人 N until the lot closes and names afterwards; the
 * supervising bureau sees names and bank slips always, and confirms deposits here.
 */
export function LotRegistrations({ lotId, canConfirm }: { lotId: string; canConfirm: boolean }) {
  const regs = useGet<LotRegistration[]>(`/auctions/${lotId}/registrations`);
  const [confirming, setConfirming] = useState<LotRegistration | null>(null);
  return (
    <>
      <ErrorAlert error={regs.error} />
      <Table<LotRegistration>
        rowKey="bidderNo"
        size="small"
        loading={regs.isPending}
        dataSource={regs.data ?? []}
        pagination={false}
        locale={{ emptyText: '还没有机构报名' }}
        scroll={{ x: 'max-content' }}
        onRow={() => ({ 'data-testid': 'registration-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '竞买人', dataIndex: 'bidder' },
          { title: '报名时间', dataIndex: 'registeredAt', render: (v: string) => chinaTime(v) },
          {
            title: '保证金',
            key: 'deposit',
            render: (_, r) =>
              r.depositConfirmed ? (
                <Tag color="green">已确认{r.depositReference ? `（回单 ${r.depositReference}）` : ''}</Tag>
              ) : canConfirm && r.bidderOrgId ? (
                <Button size="small" type="primary" onClick={() => setConfirming(r)} data-testid="deposit-confirm-open">
                  确认已缴
                </Button>
              ) : (
                <Tag color="orange">待确认</Tag>
              ),
          },
        ]}
      />
      <FormModal<{ reference: string }>
        open={!!confirming}
        title="确认保证金已缴纳"
        okText="确认"
        okButtonProps={{ 'data-testid': 'deposit-confirm-ok' }}
        fields={['reference']}
        submit={(v) =>
          send(
            `/auctions/${lotId}/deposits`,
            'POST',
            { bidderOrgId: confirming!.bidderOrgId, reference: v.reference.trim() },
            true,
          )
        }
        invalidates={['auctions']}
        success="已确认，该竞买人可以出价"
        onClose={() => setConfirming(null)}
        onDone={() => setConfirming(null)}
        intro={
          <Typography.Paragraph>
            {confirming?.bidder}：请核对银行回单后登记回单号。平台只记录确认，不收付资金。
          </Typography.Paragraph>
        }
      >
        <Form.Item name="reference" label="银行回单号或缴款凭证号" rules={requiredText('回单号', 100)}>
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </>
  );
}
