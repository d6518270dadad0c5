import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, Navigate, useParams } from 'react-router-dom';
import { useGet } from '../api/query';
import type { ListingView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { ChallengePanel, challengeOpen } from '../components/challenge-panel';
import { useRegionName, useTechFields } from '../components/reference-data';
import {
  ACHIEVEMENT_TYPE_NAMES,
  COOPERATION_MODE_NAMES,
  dateText,
  KIND_NAMES,
  ORG_TYPE_NAMES,
  STATUS_NAMES,
  TRANSFER_MODE_NAMES,
  trlText,
  wanYuan,
} from '../format';

const KIND_PATHS = ['needs', 'achievements', 'challenges'];
/** The API's own links (notifications, mails) name the kind in the singular. */
const SINGULAR = ['need', 'achievement', 'challenge'];

/** One need, achievement or challenge as the public (or its owner) sees it. */
export function ListingDetailPage() {
  const { kind = '', id = '' } = useParams();
  const fields = useTechFields();
  const { me } = useAuth();
  const {
    data: l,
    error,
    isPending: loading,
  } = useGet<ListingView>(KIND_PATHS.includes(kind) ? `/listings/${kind}/${id}` : null);
  const region = useRegionName(l?.regionCode);
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
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
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
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label="发布单位">
            {l.anonymous && !l.orgName ? '匿名发布' : (l.orgName ?? '—')}（{ORG_TYPE_NAMES[l.orgType]}）
          </Descriptions.Item>
          <Descriptions.Item label="所在地区">{region}</Descriptions.Item>
          <Descriptions.Item label="技术领域">{fields[l.techFieldCode] ?? l.techFieldCode}</Descriptions.Item>
          <Descriptions.Item label="发布日期">{dateText(l.publishedAt)}</Descriptions.Item>
          {l.kind === 'achievement' ? (
            <>
              <Descriptions.Item label="成果类型">
                {ACHIEVEMENT_TYPE_NAMES[l.achievementType ?? ''] ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label="技术成熟度">{trlText(l.trl)}</Descriptions.Item>
              <Descriptions.Item label="转化方式">
                {(l.transferModes ?? []).map((m) => TRANSFER_MODE_NAMES[m] ?? m).join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label="价格">
                {l.negotiable || l.priceFen == null ? '面议' : wanYuan(l.priceFen)}
              </Descriptions.Item>
              {l.registryNumber ? <Descriptions.Item label="成果登记号">{l.registryNumber}</Descriptions.Item> : null}
            </>
          ) : null}
          {l.kind === 'need' ? (
            <>
              <Descriptions.Item label="预算">
                {l.budgetMaxFen
                  ? `${l.budgetMinFen ? `${wanYuan(l.budgetMinFen)} – ` : ''}${wanYuan(l.budgetMaxFen)}`
                  : '面议'}
              </Descriptions.Item>
              <Descriptions.Item label="截止日期">{dateText(l.deadline)}</Descriptions.Item>
              <Descriptions.Item label="合作方式">
                {(l.cooperationModes ?? []).map((m) => COOPERATION_MODE_NAMES[m] ?? m).join('、') || '—'}
              </Descriptions.Item>
              {l.industry ? <Descriptions.Item label="所属行业">{l.industry}</Descriptions.Item> : null}
            </>
          ) : null}
          {l.kind === 'challenge' ? (
            <>
              <Descriptions.Item label="榜额">{wanYuan(l.rewardFen)}</Descriptions.Item>
              <Descriptions.Item label="揭榜截止">{dateText(l.deadline)}</Descriptions.Item>
              <Descriptions.Item label="揭榜状态">
                {l.awardedApplicationId
                  ? '已确定揭榜方'
                  : challengeOpen(l)
                    ? '揭榜中'
                    : l.status === 'published'
                      ? '已截止'
                      : (STATUS_NAMES[l.status] ?? l.status)}
              </Descriptions.Item>
            </>
          ) : null}
          {l.contactName ? (
            <Descriptions.Item label="联系人">
              {l.contactName} {l.contactPhone ?? ''}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
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
