import { Alert, Breadcrumb, Button, Card, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, Navigate, useParams } from 'react-router-dom';
import { NextSteps } from './next-steps';
import { ListingFacts } from '../../components/listing-facts';
import { useGet } from '../../api/query';
import type { ListingView } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { ChallengePanel } from '../../components/challenge-panel';
import { KIND_NAMES, STATUS_NAMES } from '../../format';

const KIND_PATHS = ['needs', 'achievements', 'challenges'];
/** The search tab a listing of this kind is found in. */
const SEARCH_NAMES: Record<string, string> = { need: '找需求', achievement: '找成果', challenge: '揭榜挂帅' };
/** The API's own links (notifications, mails) name the kind in the singular. */
const SINGULAR = ['need', 'achievement', 'challenge'];

/** One need, achievement or challenge as the public (or its owner) sees it. */
export function ListingDetailPage() {
  const { kind = '', id = '' } = useParams();
  const { me } = useAuth();
  const {
    data: l,
    error,
    isPending: loading,
  } = useGet<ListingView>(KIND_PATHS.includes(kind) ? `/listings/${kind}/${id}` : null);
  if (SINGULAR.includes(kind)) return <Navigate to={`/listings/${kind}s/${id}`} replace />;
  if (!KIND_PATHS.includes(kind)) return <Alert type="warning" showIcon message="页面地址不正确" />;
  if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error || !l)
    return (
      <Alert
        type={error?.status === 404 ? 'info' : 'error'}
        showIcon
        message={error?.status === 404 ? '该信息不存在或已下架' : (error?.message ?? '加载失败')}
      />
    );
  const own = !!me && l.orgId === me.org.id;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Breadcrumb
        data-testid="breadcrumb"
        items={[
          { title: <Link to="/">首页</Link> },
          own
            ? { title: <Link to={`/my/listings?kind=${l.kind}`}>我的发布</Link> }
            : { title: <Link to={`/search?kind=${l.kind}`}>{SEARCH_NAMES[l.kind] ?? '找成果·找需求'}</Link> },
          { title: l.title },
        ]}
      />
      <NextSteps listing={l} kindPath={kind as 'needs' | 'achievements' | 'challenges'} />
      <Card
        title={
          <Space wrap>
            <Tag color="blue">{KIND_NAMES[l.kind]}</Tag>
            <span>{l.title}</span>
            {l.awardedApplicationId ? (
              <Tag color="green" data-testid="challenge-awarded">
                已揭榜
              </Tag>
            ) : l.status !== 'published' ? (
              <Tag color="orange">{STATUS_NAMES[l.status]}</Tag>
            ) : null}
          </Space>
        }
        extra={
          me && l.status === 'published' && l.kind !== 'challenge' ? (
            <Link to={`/matches/${kind}/${l.id}`}>
              <Button type="primary" data-testid="view-matches">
                {l.kind === 'need' ? '查看匹配成果' : '查看匹配需求'}
              </Button>
            </Link>
          ) : null
        }
      >
        <ListingFacts listing={l} />
        <Typography.Title level={5} style={{ marginTop: 24 }}>
          详细介绍
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{l.description}</Typography.Paragraph>
        {l.keywords.length ? (
          <Space wrap>
            {l.keywords.map((k) => (
              <Tag key={k}>{k}</Tag>
            ))}
          </Space>
        ) : null}
        {l.team?.length ? (
          <>
            <Typography.Title level={5} style={{ marginTop: 24 }}>
              团队
            </Typography.Title>
            <Typography.Paragraph>
              {l.team.map((m) => `${m.name}${m.title ? `（${m.title}）` : ''}`).join('、')}
            </Typography.Paragraph>
          </>
        ) : null}
      </Card>
      {l.kind === 'challenge' ? <ChallengePanel challenge={l} /> : null}
    </Space>
  );
}
