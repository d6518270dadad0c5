import { Alert, Form, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { api } from '../../api/client';
import { send, useGet } from '../../api/query';
import type { CodeItem, Contract } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { ContractAttachments } from '../../components/contract-attachments';
import { WanInput } from '../../components/wan-input';
import { fenToWanInput, idempotencyKey, wanToFen, yuanWithWan } from '../../format';

interface CertifyValues {
  approvedContractAmountFen?: string;
  approvedTechAmountFen?: string;
  comment?: string;
}

/** 万元 as typed → fen; what cannot be read goes as typed, for the API to name the problem. */
const fen = (wan: string | undefined) => (wan ? (wanToFen(wan) ?? wan) : undefined);

/**
 * 认定登记 with the approved amounts (the declared ones until the registry changes them). The
 * fields hold the declared amounts to the fen (223.4258 万元: certifying unchanged must not lose
 * a fen), so the declaration above them is given to the fen too, in the 元 of the contract, and
 * each field spells out the 元 it means: both read 2,234,258 元.
 */
export function CertifyModal({
  contract,
  onClose,
  onDone,
}: {
  contract: Contract | null;
  onClose(): void;
  onDone(c: Contract): void;
}) {
  // one key per opened dialog: a retry after a lost answer certifies once
  const key = useMemo(() => (contract ? idempotencyKey() : ''), [contract]);
  return (
    <FormModal<CertifyValues, Contract>
      open={!!contract}
      name="certify"
      title="认定登记"
      okText="确认认定登记"
      initialValues={{
        approvedContractAmountFen: fenToWanInput(contract?.contractAmountFen),
        approvedTechAmountFen: fenToWanInput(contract?.techAmountFen),
      }}
      fields={['approvedContractAmountFen', 'approvedTechAmountFen', 'comment']}
      submit={(v) =>
        api<Contract>(`/contracts/${contract!.id}/certify`, {
          method: 'POST',
          headers: { 'Idempotency-Key': key },
          body: {
            version: contract!.version,
            approvedContractAmountFen: fen(v.approvedContractAmountFen),
            approvedTechAmountFen: fen(v.approvedTechAmountFen),
            ...(v.comment ? { comment: v.comment } : {}),
          },
        })
      }
      invalidates={['contracts', 'stats']}
      onClose={onClose}
      onDone={onDone}
      intro={
        contract ? (
          <>
            <Typography.Paragraph>
              {contract.title}
              <br />
              <Typography.Text type="secondary" data-testid="declared-amounts">
                申报：
                {/* an amount never breaks between its figure and its unit */}
                <span style={{ whiteSpace: 'nowrap' }}>合同成交额 {yuanWithWan(contract.contractAmountFen)}</span>，
                <span style={{ whiteSpace: 'nowrap' }}>技术交易额 {yuanWithWan(contract.techAmountFen)}</span>
              </Typography.Text>
            </Typography.Paragraph>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="consequence"
              title="认定登记后生成登记编号，核定金额计入本辖区技术合同统计，不能撤回；如需更正，只能另行办理变更或撤销登记。"
            />
            <div style={{ marginBottom: 16 }}>
              <ContractAttachments
                contractId={contract.id}
                editable={false}
                missingWarning="该合同没有上传合同文本等附件：认定登记前请核对纸质材料，材料不全的可不予登记"
              />
            </div>
          </>
        ) : null
      }
    >
      <Form.Item name="approvedContractAmountFen" label="核定合同成交额（万元）">
        <WanInput />
      </Form.Item>
      <Form.Item
        name="approvedTechAmountFen"
        label="核定技术交易额（万元）"
        extra="设备、材料等非技术性费用不计入技术交易额"
      >
        <WanInput />
      </Form.Item>
      <Form.Item name="comment" label="审查意见">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** 不予登记 with a coded reason from the code table and a note for the seller. */
export function RejectContractModal({ contract, onClose }: { contract: Contract | null; onClose(): void }) {
  const reasons = useGet<CodeItem[]>('/rejection-reasons', undefined, { staleTime: Infinity });
  return (
    <FormModal<{ reasonCode?: string; comment?: string }, Contract>
      open={!!contract}
      name="reject-contract"
      title="不予登记"
      okText="确认不予登记"
      okButtonProps={{ danger: true }}
      fields={['reasonCode', 'comment']}
      submit={(v) =>
        send<Contract>(`/contracts/${contract!.id}/reject`, 'POST', {
          version: contract!.version,
          reasonCode: v.reasonCode,
          ...(v.comment ? { comment: v.comment } : {}),
        })
      }
      invalidates={['contracts']}
      success="已不予登记，卖方可修改后重新提交"
      onClose={onClose}
      onDone={onClose}
      intro={
        contract ? (
          <>
            <Typography.Paragraph>{contract.title}</Typography.Paragraph>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="consequence"
              title="不予登记后合同退回卖方，不计入统计；卖方会收到理由，修改后可重新提交。"
            />
          </>
        ) : null
      }
    >
      <Form.Item name="reasonCode" label="理由" rules={[{ required: true, message: '请选择不予登记的理由' }]}>
        <Select
          loading={reasons.isPending}
          options={(reasons.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
          placeholder="选择不予登记的理由"
        />
      </Form.Item>
      <Form.Item name="comment" label="说明">
        <Input.TextArea rows={3} maxLength={2000} placeholder="告诉卖方需要补正的内容" />
      </Form.Item>
    </FormModal>
  );
}
