import { Alert, Card, List, Radio, Space, Tag, Typography } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { send, useAction, useGet } from '../api/query';
import type { MailPreference, NotificationPreference } from '../api/types';
import { ErrorAlert } from '../components/error-alert';

const CHOICES: { value: MailPreference; label: string }[] = [
  { value: 'immediate', label: '即时邮件' },
  { value: 'digest', label: '每日摘要' },
  { value: 'off', label: '不发邮件' },
];

const HINTS: Record<string, string> = {
  account: '机构认证结果、新成员加入',
  listings: '需求与成果的审核结果、揭榜申请与揭榜结果',
  matching: '新发布的信息与本单位发布的信息相匹配时',
  deals: '对接邀请、答复、进展与终止',
  contracts: '合同提交登记、登记结果、变更与撤销、协议定价公示',
  deadlines: '合同认定登记期限临近或已超期（留有手机号的，同时发送短信）',
  operations: '批量导入的检查与导入结果',
};

/** 邮件提醒设置: per category, mail at once, in the daily digest (08:00) or not at all; in-app notifications always stay. */
export default function NotificationPreferencesPage() {
  const prefs = useGet<NotificationPreference[]>('/me/notification-preferences');
  const set = useAction(
    (v: { category: string; mail: MailPreference }) =>
      send<NotificationPreference[]>('/me/notification-preferences', 'PUT', v),
    { invalidates: ['me'], success: '已保存' },
  );
  const rows = set.data ?? prefs.data ?? [];

  return (
    <Card
      title={
        <Space>
          <SettingOutlined />
          <span>邮件提醒设置</span>
        </Space>
      }
      extra={<Link to="/notifications">返回我的通知</Link>}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="站内通知始终保留；这里只决定是否同时发送邮件。选择“每日摘要”的类别，每天早上定时把此前的通知合并为一封邮件发送。"
      />
      <ErrorAlert error={prefs.error} />
      <List<NotificationPreference>
        loading={prefs.isLoading}
        dataSource={rows}
        renderItem={(p) => (
          <List.Item data-testid={`preference-${p.category}`}>
            {/* Wraps on a phone: the choice goes below the text instead of squeezing it. */}
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', width: '100%' }}>
              <div style={{ flex: '1 1 260px' }}>
                <Space wrap size={[8, 0]}>
                  <Typography.Text strong>{p.label}</Typography.Text>
                  {p.essential ? <Tag>必要通知</Tag> : null}
                </Space>
                <div>
                  <Typography.Text type="secondary">
                    {HINTS[p.category] ?? ''}
                    {p.essential ? '。事关账号本身，邮件始终即时发送。' : ''}
                  </Typography.Text>
                </div>
              </div>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                disabled={p.essential || set.isPending}
                value={p.mail}
                options={CHOICES}
                onChange={(e) => set.mutate({ category: p.category, mail: e.target.value as MailPreference })}
              />
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
