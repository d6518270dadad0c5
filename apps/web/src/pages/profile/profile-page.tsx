import { Card, Descriptions, Space } from 'antd';
import { useAuth } from '../../auth/auth-context';
import { RoleTags } from '../../components/role-tags';
import { dateTimeText, ORG_TYPE_NAMES } from '../../format';
import { TotpCard } from './totp-card';

/** 账号与安全: who the user is, and (bureau and platform accounts) the second factor. */
export default function ProfilePage() {
  const { me } = useAuth();
  const u = me!.user;
  const totpAllowed = me!.org.type === 'bureau' || me!.org.type === 'platform';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%', maxWidth: 760 }}>
      <Card title="账号信息">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="姓名">{u.displayName}</Descriptions.Item>
          <Descriptions.Item label="邮箱">{u.email}</Descriptions.Item>
          <Descriptions.Item label="手机号">{u.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="所属机构">
            {me!.org.name}（{ORG_TYPE_NAMES[me!.org.type] ?? ''}）
          </Descriptions.Item>
          <Descriptions.Item label="角色">
            <RoleTags roles={u.roles} />
          </Descriptions.Item>
          <Descriptions.Item label="最近登录">{dateTimeText(u.lastLoginAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {totpAllowed ? <TotpCard /> : null}
    </Space>
  );
}
