import { Form, Input, Typography } from 'antd';
import { send } from '../../api/query';
import type { OrgView } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { TextItem } from '../../components/text-item';
import { orgValues, type OrgValues } from '../../components/org-values';

/** 暂停机构 with the reason its members see; it then acts as unverified until reinstated. */
export function SuspendOrgModal({ org, onClose }: { org: OrgView | null; onClose(): void }) {
  return (
    <FormModal<{ reason?: string }>
      open={!!org}
      title="暂停机构"
      name="suspend-org"
      okText="暂停"
      okButtonProps={{ danger: true, 'data-testid': 'suspend-ok' }}
      fields={['reason']}
      submit={(v) =>
        send(`/organizations/${org!.id}/suspend`, 'POST', { reason: v.reason ?? '', version: org!.version })
      }
      invalidates={['organizations', 'audit']}
      success="机构已暂停"
      onClose={onClose}
      onDone={onClose}
      intro={
        <Typography.Paragraph>
          {org?.name}：暂停期间该机构的账号仍可登录查看，但不能发布信息、登记合同或参与对接。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="reason" label="暂停理由（对方可见）" rules={[{ required: true, message: '请填写暂停理由' }]}>
        <Input.TextArea rows={3} maxLength={500} placeholder="如：多次发布虚假成果信息，暂停待核查" />
      </Form.Item>
    </FormModal>
  );
}

/** 编辑机构 (platform admin): name and contacts; the credit code and region stay as verified. */
export function EditOrgModal({ org, onClose }: { org: OrgView | null; onClose(): void }) {
  const blankToNull = (v?: string) => (v?.trim() ? v.trim() : null);
  return (
    <FormModal<OrgValues>
      open={!!org}
      title="修改机构信息"
      name="edit-org"
      okText="保存"
      okButtonProps={{ 'data-testid': 'edit-org-ok' }}
      fields={['name', 'contactName', 'contactPhone', 'contactEmail', 'address']}
      initialValues={org ? orgValues(org) : {}}
      submit={(v) =>
        send(`/organizations/${org!.id}`, 'PATCH', {
          name: v.name?.trim(),
          contactName: blankToNull(v.contactName),
          contactPhone: blankToNull(v.contactPhone),
          contactEmail: blankToNull(v.contactEmail),
          address: blankToNull(v.address),
          version: org!.version,
        })
      }
      invalidates={['organizations', 'audit']}
      success="机构信息已保存"
      onClose={onClose}
      onDone={onClose}
      intro={
        <Typography.Paragraph type="secondary">
          统一社会信用代码 {org?.creditCode}；信用代码和所在地区须由机构重新提交登记、经科技局审核后变更。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="name" label="机构名称" rules={[{ required: true, message: '请填写机构名称' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <TextItem name="contactName" label="联系人" max={50} />
      <TextItem name="contactPhone" label="联系电话" max={30} />
      <TextItem name="contactEmail" label="联系邮箱" max={254} />
      <TextItem name="address" label="地址" max={200} />
    </FormModal>
  );
}
