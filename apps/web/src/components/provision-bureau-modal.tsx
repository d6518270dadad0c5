import { Alert, Form, Input, Typography } from 'antd';
import { api } from '../api/client';
import type { Provisioned } from '../api/types';
import { FormModal } from './form-modal';
import { RegionPicker } from './region-picker';
import { TextItem } from './text-item';
import { rules } from './form-rules';
import type { OrgValues } from './org-values';

interface Values extends OrgValues {
  admin?: { email?: string; displayName?: string; phone?: string };
}

const FIELDS = [
  'name',
  'creditCode',
  'regionCode',
  'contactName',
  'contactPhone',
  'admin.email',
  'admin.displayName',
  'admin.phone',
];

/**
 * 开通科技局: the platform opens one in any region (verified at once); a bureau admin invites
 * the bureau of a region below its own (it then verifies it after the invitee has completed
 * the registration). The first administrator gets the invitation by mail; the link is also
 * shown once here for an invitee who cannot get mail.
 */
export function ProvisionBureauModal({
  open,
  byPlatform,
  onClose,
}: {
  open: boolean;
  byPlatform: boolean;
  onClose(): void;
}) {
  return (
    <FormModal<Values, Provisioned>
      open={open}
      title={byPlatform ? '开通科技局账号' : '邀请下级科技局'}
      okText={byPlatform ? '开通' : '发送邀请'}
      okButtonProps={{ 'data-testid': 'provision-ok' }}
      data-testid="provision-bureau"
      submit={(v) => api<Provisioned>('/organizations/bureaus', { method: 'POST', body: v, idempotent: true })}
      fields={FIELDS}
      codeFields={{
        BUREAU_EXISTS: 'regionCode',
        EMAIL_TAKEN: 'admin.email',
        CREDIT_CODE_TAKEN: 'creditCode',
        INVALID_CREDIT_CODE: 'creditCode',
      }}
      success={(res) => `「${res.org.name}」已${res.org.verificationStatus === 'verified' ? '开通' : '邀请'}`}
      invalidates={['organizations']}
      onClose={onClose}
      done={(done) => {
        const link = `${window.location.origin}/accept-invite#token=${done.inviteToken}`;
        return (
          <>
            <Alert
              type="success"
              showIcon
              message={
                done.org.verificationStatus === 'verified'
                  ? '科技局账号已开通'
                  : '邀请已发出：对方完善登记信息后，请在“审核 → 机构认证”中审核'
              }
              style={{ marginBottom: 12 }}
            />
            <Typography.Paragraph>
              邀请邮件已发送给首位管理员。如对方收不到邮件，可将以下链接交给对方（只能使用一次，
              {done.inviteExpiresAt.slice(0, 10)} 前有效）：
            </Typography.Paragraph>
            <Typography.Paragraph
              copyable={{ text: link }}
              code
              style={{ wordBreak: 'break-all' }}
              data-testid="invite-link"
            >
              {link}
            </Typography.Paragraph>
          </>
        );
      }}
    >
      <Form.Item
        name="regionCode"
        label="所在地区"
        rules={[rules.chosen('所在地区')]}
        extra={byPlatform ? undefined : '本辖区的下级地区（每个地区一个科技局账号）'}
      >
        <RegionPicker placeholder="省 / 市 / 区县" />
      </Form.Item>
      <TextItem name="name" label="机构名称" max={200} required placeholder="如：濉溪县科学技术局" />
      <Form.Item
        name="creditCode"
        label="统一社会信用代码"
        rules={[rules.required('统一社会信用代码'), rules.length('统一社会信用代码', 40, 4)]}
        extra="机关的统一社会信用代码，或平台内部编码"
      >
        <Input maxLength={40} />
      </Form.Item>
      <TextItem name="contactName" label="联系人" max={50} />
      <TextItem name="contactPhone" label="联系电话" max={30} rules={[rules.phone]} />
      <Typography.Title level={5}>首位管理员</Typography.Title>
      <TextItem name={['admin', 'displayName']} label="姓名" max={50} required />
      <TextItem
        name={['admin', 'email']}
        label="邮箱"
        max={254}
        required
        rules={[rules.email]}
        extra="邀请链接发到此邮箱"
      />
      <TextItem name={['admin', 'phone']} label="手机号" max={11} rules={[rules.mobile]} />
    </FormModal>
  );
}
