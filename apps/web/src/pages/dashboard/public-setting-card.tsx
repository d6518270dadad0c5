import { Card, Space, Switch, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { send, useAction, useGet } from '../../api/query';
import type { PublicSetting } from '../../api/types';
import { useAuth } from '../../auth/auth-context';

/** 指标公开: whether the bureau's own region publishes its figures; its admin switches it. */
export function PublicSettingCard({ regionCode }: { regionCode: string }) {
  const { me } = useAuth();
  const path = `/stats/public-setting/${regionCode}`;
  const setting = useGet<PublicSetting>(path);
  const admin = !!me?.user.roles.includes('bureau_admin');
  const save = useAction((published: boolean) => send<PublicSetting>(path, 'PUT', { published }), {
    invalidates: ['stats', 'public'],
    success: (s) => (s.published ? '已向社会公开本地区指标' : '已停止公开本地区指标'),
  });
  const s = setting.data;
  return (
    <Card title="指标公开" loading={setting.isPending} data-testid="public-setting">
      <Space direction="vertical" size={8}>
        <Space wrap>
          <Switch
            checked={!!s?.published}
            disabled={!admin}
            loading={save.isPending}
            onChange={(v) => save.mutate(v)}
            data-testid="public-switch"
          />
          <Typography.Text>向社会公开{s?.regionName ?? '本地区'}的科技成果转化指标</Typography.Text>
          {s?.published ? <Link to={`/figures/${regionCode}`}>查看公开页面</Link> : null}
        </Space>
        <Typography.Text type="secondary">
          公开的是汇总数据：吸纳、输出技术合同成交额和合同数，逐月趋势，规划目标完成进度；不公开任何单个合同的当事人和金额，合同不足3项的金额也不公开。任何人无需登录即可查看。
          {admin ? '' : '（由科技局管理员设置）'}
        </Typography.Text>
      </Space>
    </Card>
  );
}
