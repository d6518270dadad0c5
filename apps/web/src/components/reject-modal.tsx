import { Form, Input, Typography } from 'antd';
import { send } from '../api/query';
import type { ListingView, OrgView } from '../api/types';
import { FormModal } from './form-modal';
import { rules } from './form-rules';

/** What is sent back: an organisation's verification or a listing under review. */
export type RejectTarget =
  { kind: 'org'; item: OrgView } | { kind: 'needs' | 'achievements' | 'challenges'; item: ListingView };

/** 不通过 / 驳回 with a reason the other side sees (review queue, platform organisation list). */
export function RejectModal({ target, onClose }: { target: RejectTarget | null; onClose(): void }) {
  const org = target?.kind === 'org';
  return (
    <FormModal<{ reason?: string }>
      open={!!target}
      title={org ? '机构认证不通过' : '驳回'}
      okText="确定"
      okButtonProps={{ danger: true }}
      fields={['reason']}
      submit={(v) =>
        send(
          target!.kind === 'org'
            ? `/organizations/${target!.item.id}/reject`
            : `/listings/${target!.kind}/${target!.item.id}/reject`,
          'POST',
          { version: target!.item.version, reason: v.reason ?? '' },
        )
      }
      invalidates={['organizations', 'listings', 'search']}
      success="已驳回，对方可修改后重新提交"
      onClose={onClose}
      onDone={onClose}
      intro={
        <Typography.Paragraph>
          {target ? (target.kind === 'org' ? target.item.name : target.item.title) : ''}
        </Typography.Paragraph>
      }
    >
      <Form.Item name="reason" label="理由（对方可见）" rules={[rules.required('理由')]}>
        <Input.TextArea
          rows={3}
          maxLength={500}
          placeholder={org ? '如：营业执照与填报名称不一致' : '如：联系方式不完整，请补充后重新提交'}
        />
      </Form.Item>
    </FormModal>
  );
}
