import { Alert, Breadcrumb, Button, Card, Descriptions, Grid, List, Space, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { send, useAction, useGet } from '../../api/query';
import type { Roadshow } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { BackHomeResult } from '../../components/back-home-result';
import { ErrorAlert } from '../../components/error-alert';
import { RoadshowPhaseTag, when, where } from './roadshow-words';
import { ConfirmButton } from '../../components/confirm-button';

const itemLink = (i: Roadshow['items'][number]) =>
  i.kind === 'achievement' ? `/listings/achievements/${i.id}` : `/auctions/${i.id}`;

/** One roadshow for anyone: when and where, what it presents; registration for organisations. */
export default function RoadshowDetailPage() {
  const { id = '' } = useParams();
  const narrow = !Grid.useBreakpoint().md;
  const { me } = useAuth();
  const q = useGet<Roadshow>(`/roadshows/${id}`);
  const register = useAction(
    (r: Roadshow) => send<Roadshow>(`/roadshows/${r.id}/registrations`, 'POST', { confirm: true }, true),
    { invalidates: ['roadshows'], success: '报名成功' },
  );
  const unregister = useAction((r: Roadshow) => send<Roadshow>(`/roadshows/${r.id}/registrations/mine`, 'DELETE'), {
    invalidates: ['roadshows'],
    success: '已取消报名',
  });
  if (q.error?.status === 404) return <BackHomeResult status="404" title="路演活动不存在或尚未发布" />;
  const r = q.data;
  const orgMayRegister = !!me && me.org.type !== 'bureau' && me.org.verificationStatus === 'verified';
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Breadcrumb items={[{ title: <Link to="/roadshows">路演活动</Link> }, { title: r?.title ?? '路演' }]} />
      <ErrorAlert error={q.error} />
      {r ? (
        <Card title={<span data-testid="roadshow-title">{r.title}</span>} extra={<RoadshowPhaseTag r={r} />}>
          {r.cancelReason ? <Alert type="warning" showIcon message={`已取消：${r.cancelReason}`} /> : null}
          <Descriptions
            column={narrow ? 1 : 2}
            size="small"
            bordered
            style={{ marginTop: r.cancelReason ? 12 : 0 }}
            styles={{ label: { whiteSpace: 'nowrap' } }}
          >
            <Descriptions.Item label="主办方">{r.organiserName}</Descriptions.Item>
            <Descriptions.Item label="时间（北京时间）">{when(r)}</Descriptions.Item>
            <Descriptions.Item label="形式">{r.formatText}</Descriptions.Item>
            <Descriptions.Item label="地点">{where(r)}</Descriptions.Item>
            <Descriptions.Item label="已报名">
              {r.registeredCount} 家{r.capacity ? `（限 ${r.capacity} 家）` : ''}
            </Descriptions.Item>
            {r.format !== 'venue' ? (
              <Descriptions.Item label="线上参会">
                {r.onlineUrl ? (
                  <a href={r.onlineUrl} target="_blank" rel="noreferrer" data-testid="roadshow-link">
                    进入线上会场
                  </a>
                ) : (
                  '报名后显示参会链接'
                )}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {r.description ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
              {r.description}
            </Typography.Paragraph>
          ) : null}
          <div style={{ marginTop: 16 }}>
            {r.phase === 'upcoming' && orgMayRegister && r.registered === false ? (
              <ConfirmButton
                title="报名参加这场路演？"
                description="报名后主办方可以看到本机构名称，并在路演后登记到场情况。"
                okText="确认报名"
                onConfirm={() => register.mutateAsync(r).catch(() => undefined)}
                danger={false}
                size="middle"
                type="primary"
                loading={register.isPending}
                data-testid="roadshow-register"
              >
                报名参加
              </ConfirmButton>
            ) : null}
            {r.phase === 'upcoming' && r.registered ? (
              <Space wrap>
                <Typography.Text type="success" data-testid="roadshow-registered">
                  本机构已报名
                </Typography.Text>
                <ConfirmButton
                  title="取消本机构的报名？"
                  okText="取消报名"
                  cancelText="保留"
                  onConfirm={() => unregister.mutateAsync(r).catch(() => undefined)}
                  danger={false}
                  size="middle"
                  type="default"
                  loading={unregister.isPending}
                >
                  取消报名
                </ConfirmButton>
              </Space>
            ) : null}
            {!me && r.phase === 'upcoming' ? (
              <Link to={`/login?next=${encodeURIComponent(`/roadshows/${r.id}`)}`}>
                <Button type="primary" data-testid="login-to-register">
                  登录后报名
                </Button>
              </Link>
            ) : null}
          </div>
        </Card>
      ) : null}
      {r ? (
        <Card title={`推介项目（${r.items.length} 项）`}>
          <List
            dataSource={r.items}
            locale={{ emptyText: '主办方尚未公布推介项目' }}
            renderItem={(i) => (
              <List.Item data-testid="roadshow-presented">
                <List.Item.Meta
                  title={<Link to={itemLink(i)}>{i.title}</Link>}
                  description={`${i.kind === 'achievement' ? '科技成果' : '竞价标的'} · ${i.presenterName}`}
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </Space>
  );
}
