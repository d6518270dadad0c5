import { Checkbox, Form, Typography } from 'antd';
import { send } from '../../api/query';
import type { Role } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { ROLE_NAMES } from '../../format';
import type { Member } from './member-roles';

/** 修改角色: the roles of the organisation's type; the server refuses losing the last admin. */
export function RolesModal({
  member,
  roles,
  onClose,
}: {
  member: Member | null;
  roles: readonly Role[];
  onClose(): void;
}) {
  return (
    <FormModal<{ roles?: Role[] }>
      open={!!member}
      title="修改角色"
      name="member-roles"
      okText="保存"
      okButtonProps={{ 'data-testid': 'roles-ok' }}
      fields={['roles']}
      codeFields={{ LAST_ADMIN: 'roles', ROLE_ESCALATION: 'roles', ROLE_NOT_ALLOWED: 'roles' }}
      initialValues={{ roles: member?.roles }}
      submit={(v) =>
        send(`/org/members/${member!.id}/roles`, 'PATCH', { roles: v.roles ?? [], version: member!.version })
      }
      invalidates={['org', 'me']}
      success="角色已更新"
      onClose={onClose}
      onDone={onClose}
      intro={<Typography.Paragraph>{member ? `${member.displayName}（${member.email}）` : ''}</Typography.Paragraph>}
    >
      <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
        <Checkbox.Group options={roles.map((r) => ({ value: r, label: ROLE_NAMES[r] ?? r }))} />
      </Form.Item>
    </FormModal>
  );
}
