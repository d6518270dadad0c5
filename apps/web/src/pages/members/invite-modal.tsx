import { Alert, Checkbox, Form, Input, Typography } from 'antd';
import { api } from '../../api/client';
import type { Role } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { ROLE_NAMES } from '../../format';

interface Values {
  email?: string;
  displayName?: string;
  phone?: string;
  roles?: Role[];
}

export interface Invitation {
  user: { id: string; email: string; displayName: string };
  inviteToken: string;
  inviteExpiresAt: string;
}

/** The link an invitee opens (the token after `#` never reaches a server log). */
export const inviteLink = (token: string) => `${window.location.origin}/accept-invite#token=${token}`;

/** Shows a fresh invitation's one-time link, for an invitee whose mail does not arrive. */
export function InvitationSent({ invitation }: { invitation: Invitation }) {
  const link = inviteLink(invitation.inviteToken);
  return (
    <>
      <Alert
        type="success"
        showIcon
        message={`邀请邮件已发送至 ${invitation.user.email}`}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph>
        对方打开邮件中的链接、设置密码后即可登录。如对方收不到邮件，可将以下链接交给对方（只能使用一次，
        {invitation.inviteExpiresAt.slice(0, 10)} 前有效）：
      </Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: link }} code style={{ wordBreak: 'break-all' }} data-testid="invite-link">
        {link}
      </Typography.Paragraph>
    </>
  );
}

/** 邀请成员: e-mail, name, roles; the invitee gets the accept link by mail. */
export function InviteModal({ open, roles, onClose }: { open: boolean; roles: readonly Role[]; onClose(): void }) {
  return (
    <FormModal<Values, Invitation>
      open={open}
      title="邀请成员"
      okText="发送邀请"
      okButtonProps={{ 'data-testid': 'invite-ok' }}
      initialValues={{ roles: [roles.find((r) => r !== 'org_admin' && r !== 'bureau_admin') ?? roles[0]!] }}
      submit={(v) =>
        api<Invitation>('/org/members', {
          method: 'POST',
          body: { ...v, phone: v.phone?.trim() || undefined },
          idempotent: true,
        })
      }
      fields={['email', 'displayName', 'phone', 'roles']}
      codeFields={{
        EMAIL_TAKEN: 'email',
        PHONE_TAKEN: 'phone',
        ROLE_NOT_ALLOWED: 'roles',
        ROLE_ESCALATION: 'roles',
      }}
      success={(res) => `已邀请${res.user.displayName}`}
      invalidates={['org']}
      onClose={onClose}
      done={(invitation) => <InvitationSent invitation={invitation} />}
    >
      <Form.Item
        name="email"
        label="邮箱"
        rules={[
          { required: true, message: '请填写邮箱' },
          { type: 'email', message: '邮箱格式不正确' },
        ]}
      >
        <Input autoComplete="off" placeholder="邀请邮件将发送到该邮箱" />
      </Form.Item>
      <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="phone" label="手机号（选填）">
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
        <Checkbox.Group options={roles.map((r) => ({ value: r, label: ROLE_NAMES[r] ?? r }))} />
      </Form.Item>
    </FormModal>
  );
}
