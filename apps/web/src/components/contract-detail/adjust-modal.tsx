import { Alert, App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { send } from '../../api/query';
import type { Contract, ContractAdjustment } from '../../api/types';
import { dateText, fenToWanInput, wanToFen, wanYuan, yuanWithWan } from '../../format';
import { WanInput } from '../wan-input';
import { FormModal } from '../form-modal';

interface AdjustValues {
  effectiveDate?: Dayjs;
  contractAmountFen?: string;
  techAmountFen?: string;
  reason?: string;
}

/** 万元 as typed → fen for the API (what cannot be read goes as typed: the API names the problem). */
const amount = (wan: string | undefined) =>
  wan === undefined || wan === null || wan === '' ? undefined : (wanToFen(wan) ?? String(wan));

/**
 * 变更 (new amounts) or 解除/注销 of a certified contract. A confirmation says what happens: the
 * certified record stays as it is and a new record adjusts the statistics from the effective date.
 */
export function AdjustModal({
  contract: c,
  kind,
  onClose,
}: {
  contract: Contract;
  kind: ContractAdjustment['kind'] | null;
  onClose(): void;
}) {
  const { modal } = App.useApp();
  const reg = c.registration!;
  const amendment = kind === 'amendment';

  const body = (v: AdjustValues) => {
    const date = v.effectiveDate?.format('YYYY-MM-DD');
    return amendment
      ? {
          effectiveDate: date,
          contractAmountFen: amount(v.contractAmountFen),
          techAmountFen: amount(v.techAmountFen),
          reason: v.reason?.trim() ?? '',
        }
      : { effectiveDate: date, reason: v.reason?.trim() ?? '' };
  };

  const confirm = (v: AdjustValues) =>
    new Promise<boolean>((resolve) => {
      const date = v.effectiveDate?.format('YYYY-MM-DD');
      const contractAfter = amendment ? wanToFen(v.contractAmountFen) : '0';
      const techAfter = amendment ? wanToFen(v.techAmountFen) : '0';
      modal.confirm({
        title: amendment ? '确认办理变更登记？' : '确认解除/注销登记？',
        okText: amendment ? '确认变更' : '确认解除/注销',
        okButtonProps: { danger: !amendment, 'data-testid': 'confirm-adjustment' },
        cancelText: '返回修改',
        content: (
          <div data-testid="adjustment-confirm">
            <p>
              原认定登记（登记号 {reg.registrationNo}，核定合同成交额 {wanYuan(reg.approvedContractAmountFen)}
              ）仍为“已登记”，不作修改、不会删除；
              {amendment ? '将新增一条变更记录' : '将新增一条解除/注销记录'}，自 {date ? dateText(date) : '生效日期'}{' '}
              起调整统计：
            </p>
            <ul style={{ paddingInlineStart: 20, margin: 0 }}>
              <li>
                合同成交额 {wanYuan(reg.currentContractAmountFen)} →{' '}
                {contractAfter === undefined ? '（金额有误）' : wanYuan(contractAfter)}
              </li>
              <li>
                技术交易额 {wanYuan(reg.currentTechAmountFen)} →{' '}
                {techAfter === undefined ? '（金额有误）' : wanYuan(techAfter)}
              </li>
              {amendment ? null : <li>合同数减 1；注销后不能再办理变更</li>}
            </ul>
          </div>
        ),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });

  return (
    <FormModal<AdjustValues, Contract>
      open={!!kind}
      name={`adjust-${kind ?? 'none'}`}
      title={amendment ? '变更登记' : '解除/注销登记'}
      okText="下一步"
      okButtonProps={{ danger: !amendment, 'data-testid': 'adjustment-next' }}
      initialValues={{
        effectiveDate: dayjs(),
        contractAmountFen: fenToWanInput(reg.currentContractAmountFen),
        techAmountFen: fenToWanInput(reg.currentTechAmountFen),
      }}
      fields={['effectiveDate', 'contractAmountFen', 'techAmountFen', 'reason']}
      confirm={confirm}
      submit={(v) =>
        send<Contract>(`/contracts/${c.id}/${amendment ? 'amendments' : 'cancellation'}`, 'POST', body(v), true)
      }
      invalidates={['contracts', 'stats']}
      success={amendment ? '变更登记已办理，新增一条变更记录' : '已解除/注销登记，新增一条注销记录'}
      onClose={onClose}
      onDone={onClose}
      intro={
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="原登记记录保持已登记，另行新增一条记录"
          description={`登记号 ${reg.registrationNo} 的认定登记及核定金额不会被修改；${amendment ? '变更' : '解除/注销'}作为新记录，自生效日期起按差额调整统计。`}
        />
      }
    >
      <Form.Item name="effectiveDate" label="生效日期" extra={`不早于认定日期 ${dateText(reg.certifiedOn)}`}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(reg.certifiedOn), 'day')} />
      </Form.Item>
      {amendment ? (
        <>
          <Form.Item
            name="contractAmountFen"
            label="变更后合同成交额（万元）"
            extra={`现为 ${yuanWithWan(reg.currentContractAmountFen)}`}
          >
            <WanInput />
          </Form.Item>
          <Form.Item
            name="techAmountFen"
            label="变更后技术交易额（万元）"
            extra={`现为 ${yuanWithWan(reg.currentTechAmountFen)}；不超过合同成交额`}
          >
            <WanInput />
          </Form.Item>
        </>
      ) : null}
      <Form.Item
        name="reason"
        label={amendment ? '变更理由' : '解除/注销理由'}
        rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={amendment ? '如：双方签订补充协议，合同金额调减' : '如：双方协商一致解除合同'}
        />
      </Form.Item>
    </FormModal>
  );
}
