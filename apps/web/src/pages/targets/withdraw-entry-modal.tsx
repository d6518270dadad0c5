import { Form, Input, Typography } from 'antd';
import { send } from '../../api/query';
import type { RegistryEntry } from '../../api/types';
import { FormModal } from '../../components/form-modal';

/** 撤销 an entry entered in error: it stays listed with the reason and stops counting toward the targets. */
export function WithdrawEntryModal({ entry, onClose }: { entry: RegistryEntry | null; onClose(): void }) {
  return (
    <FormModal<{ reason?: string }>
      open={!!entry}
      name="registry-withdraw"
      title="撤销名录条目"
      okText="撤销"
      okButtonProps={{ danger: true, 'data-testid': 'registry-withdraw-ok' }}
      fields={['reason']}
      submit={(v) => send(`/registry-entries/${entry!.id}/withdraw`, 'POST', { reason: v.reason?.trim() ?? '' })}
      invalidates={['registry-entries', 'stats']}
      success="已撤销，该条目不再计入规划目标"
      onClose={onClose}
      onDone={onClose}
      intro={
        <Typography.Paragraph>
          撤销误登记的「{entry?.name}
          」：条目和撤销原因保留在名录中，不再计入规划目标；撤销后不能恢复，如需更正请重新登记。
        </Typography.Paragraph>
      }
    >
      <Form.Item
        name="reason"
        label="撤销原因"
        rules={[{ required: true, whitespace: true, message: '请填写撤销原因' }]}
      >
        <Input.TextArea rows={3} maxLength={500} placeholder="如：证书编号录入错误，已重新登记" />
      </Form.Item>
    </FormModal>
  );
}
