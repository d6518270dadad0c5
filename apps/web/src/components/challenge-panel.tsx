import { Alert, App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { ConfirmButton } from './confirm-button';
import { TrophyOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMutation } from '@tanstack/react-query';
import type { ApiError } from '../api/client';
import { invalidate, send, useAction, useGet, usePaged } from '../api/query';
import type { ChallengeApplication, ListingView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { dateText, dateTimeText } from '../format';
import { showApiErrorOnForm } from './api-form-errors';
import { EmptyState } from './empty-state';
import { ErrorAlert } from './error-alert';
import { whenColumn } from './columns';
import { TextItem } from './text-item';
import { DataForm } from './data-form';
import { rules } from './form-rules';
import { WHO_MAY_APPLY } from './challenge-words';

const PAGE_SIZE = 10;

export const APPLICATION_STATUS: Record<ChallengeApplication['status'], { text: string; color: string }> = {
  submitted: { text: '待评审', color: 'processing' },
  awarded: { text: '已中榜', color: 'success' },
  not_awarded: { text: '未中榜', color: 'default' },
  withdrawn: { text: '已撤回', color: 'default' },
};

/** Whether teams may still apply: published, no team chosen, deadline (inclusive) not passed. */
export function challengeOpen(c: ListingView): boolean {
  return (
    c.status === 'published' && !c.awardedApplicationId && !(c.deadline && c.deadline < dayjs().format('YYYY-MM-DD'))
  );
}

/** 揭榜挂帅 below a challenge: its owner reads the applications and picks one; everyone else applies. */
export function ChallengePanel({ challenge }: { challenge: ListingView }) {
  const { me } = useAuth();
  if (me && challenge.orgId === me.org.id) return <ApplicationsCard challenge={challenge} />;
  return <ApplyCard challenge={challenge} />;
}

/** The owner's list of applications (paged) with 确定揭榜方, confirmed first. */
function ApplicationsCard({ challenge }: { challenge: ListingView }) {
  const list = usePaged<ChallengeApplication>(`/listings/challenges/${challenge.id}/applications`, {}, PAGE_SIZE);
  const rows = list.data?.items ?? [];
  const awarded = challenge.awardedApplicationId
    ? rows.find((a) => a.id === challenge.awardedApplicationId)
    : undefined;
  const canAward = challenge.status === 'published' && !challenge.awardedApplicationId;

  const award = useAction(
    (a: ChallengeApplication) =>
      send(`/listings/challenges/${challenge.id}/applications/${a.id}/award`, 'POST', { version: challenge.version }),
    { invalidates: ['listings', 'search'], success: (_, a) => `已确定「${a.orgName}」为揭榜方` },
  );

  return (
    <Card
      title="揭榜申请"
      extra={list.data ? <Typography.Text type="secondary">共 {list.data.total} 份</Typography.Text> : null}
      data-testid="applications"
    >
      {challenge.awardedApplicationId ? (
        <Alert
          type="success"
          showIcon
          icon={<TrophyOutlined />}
          style={{ marginBottom: 16 }}
          data-testid="award-result"
          message={awarded ? `已确定揭榜方：${awarded.orgName}（${awarded.teamName}）` : '已确定揭榜方'}
          description={`${awarded?.decidedAt ? `确定于 ${dateTimeText(awarded.decidedAt)}。` : ''}榜单已关闭，其他申请已标记为未中榜；请与揭榜方签订任务书或技术合同。`}
        />
      ) : challenge.status === 'published' ? (
        <Typography.Paragraph type="secondary">
          评审揭榜方案后，在选定的申请上点击“确定揭榜方”：榜单随即关闭，其他申请标记为未中榜。
        </Typography.Paragraph>
      ) : (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="榜单审核通过、公开发布后，高校、科研院所即可揭榜，申请会显示在这里。"
        />
      )}
      <ErrorAlert error={list.error} />
      <Table<ChallengeApplication>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        scroll={{ x: 760 }}
        rowClassName={(a) => (a.status === 'awarded' ? 'row-awarded' : '')}
        locale={{
          emptyText: (
            <EmptyState title="还没有揭榜申请" hint="榜单发布后，认证通过的高校、科研院所可在本页提交揭榜方案。" />
          ),
        }}
        pagination={(list.data?.total ?? 0) > PAGE_SIZE ? { ...list.table.pagination, size: 'small' } : false}
        columns={[
          { title: '揭榜单位', dataIndex: 'orgName', width: 200 },
          { title: '揭榜团队', dataIndex: 'teamName', width: 160 },
          {
            title: '揭榜方案',
            dataIndex: 'proposal',
            render: (p: string) => (
              <Typography.Paragraph
                style={{ margin: 0, whiteSpace: 'pre-wrap' }}
                ellipsis={{ rows: 2, expandable: true, symbol: '展开' }}
              >
                {p}
              </Typography.Paragraph>
            ),
          },
          whenColumn('申请时间', 'createdAt', 140, { responsive: ['lg'] }),
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: ChallengeApplication['status']) => (
              <Tag color={APPLICATION_STATUS[s].color} data-testid="application-status">
                {APPLICATION_STATUS[s].text}
              </Tag>
            ),
          },
          ...(canAward
            ? [
                {
                  title: '操作',
                  key: 'op',
                  width: 120,
                  render: (_: unknown, a: ChallengeApplication) =>
                    a.status === 'submitted' ? (
                      <ConfirmButton
                        title="确定揭榜方"
                        description={`确定由「${a.orgName}」揭榜？榜单随即关闭，其他申请标记为未中榜，此操作不能撤销。`}
                        okText="确定"
                        onConfirm={() => award.mutateAsync(a).catch(() => undefined)}
                        danger={false}
                        type="primary"
                        loading={award.isPending && award.variables?.id === a.id}
                        data-testid="award-application"
                      >
                        确定揭榜方
                      </ConfirmButton>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface ApplyValues {
  teamName?: string;
  proposal?: string;
}

/** 揭榜: a verified organisation applies once with its team and plan, then sees where it stands. */
function ApplyCard({ challenge }: { challenge: ListingView }) {
  const { me, can } = useAuth();
  const location = useLocation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplyValues>();
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<ChallengeApplication | null>(null);
  const mayApply = !!me && can('challenge:apply');
  const mine = useGet<{ application: ChallengeApplication | null }>(
    mayApply ? `/listings/challenges/${challenge.id}/applications/mine` : null,
  );
  const apply = useMutation<ChallengeApplication, ApiError, ApplyValues>({
    mutationFn: (v) =>
      send<ChallengeApplication>(
        `/listings/challenges/${challenge.id}/applications`,
        'POST',
        { teamName: v.teamName ?? '', proposal: v.proposal ?? '' },
        true,
      ),
  });
  const application = applied ?? mine.data?.application ?? null;
  const open = challengeOpen(challenge);

  const submit = (v: ApplyValues) => {
    setError(null);
    apply.mutate(v, {
      onSuccess: (a) => {
        setApplied(a);
        void message.success('已提交揭榜申请，请等待发榜单位评审');
        void invalidate('listings');
      },
      onError: (err) => setError(showApiErrorOnForm(form, err, { fields: ['teamName', 'proposal'] })),
    });
  };

  if (mine.isPending && mayApply) return <Card title="揭榜" loading />;
  if (application) {
    const s = APPLICATION_STATUS[application.status];
    const words: Record<ChallengeApplication['status'], { type: 'info' | 'success' | 'warning'; text: string }> = {
      submitted: { type: 'info', text: '本单位已揭榜，等待发榜单位评审。' },
      awarded: { type: 'success', text: '恭喜！本单位已被确定为揭榜方，请与发榜单位联系签订任务书或技术合同。' },
      not_awarded: { type: 'warning', text: '发榜单位已确定其他揭榜方，感谢参与。' },
      withdrawn: { type: 'warning', text: '本单位的揭榜申请已撤回。' },
    };
    return (
      <Card
        title={
          <Space>
            <span>揭榜</span>
            <Tag color={application.status === 'submitted' ? 'blue' : s.color} data-testid="my-application-status">
              {application.status === 'submitted' ? '已申请' : s.text}
            </Tag>
          </Space>
        }
      >
        <Alert
          type={words[application.status].type}
          showIcon
          message={words[application.status].text}
          style={{ marginBottom: 16 }}
        />
        <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label="揭榜团队">{application.teamName}</Descriptions.Item>
          <Descriptions.Item label="揭榜方案">
            <Typography.Paragraph
              style={{ margin: 0, whiteSpace: 'pre-wrap' }}
              ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}
            >
              {application.proposal}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="申请时间">{dateTimeText(application.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
    );
  }
  if (!open) {
    const why = challenge.awardedApplicationId
      ? '该榜单已确定揭榜方。'
      : challenge.status === 'published'
        ? '揭榜已截止。'
        : '榜单未在揭榜期。';
    return <Alert type="info" showIcon message={why} />;
  }
  if (!me) {
    return (
      <Card title="揭榜">
        <Space wrap>
          <Typography.Text>{WHO_MAY_APPLY}。</Typography.Text>
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
            <Button type="primary">登录后揭榜</Button>
          </Link>
        </Space>
      </Card>
    );
  }
  // bureau and platform staff publish and review challenges; they do not apply
  if (!can('challenge:apply')) return null;
  if (me.org.verificationStatus !== 'verified') {
    return <Alert type="warning" showIcon message="所在机构通过科技局认证后才能揭榜。" />;
  }
  return (
    <Card title="我要揭榜" data-testid="apply-card">
      <Typography.Paragraph type="secondary">
        每个单位对一个榜单只能提交一次申请；提交后由发榜单位评审
        {challenge.deadline ? `，揭榜截止于 ${dateText(challenge.deadline)}` : ''}。
      </Typography.Paragraph>
      {error ? (
        <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="apply-error" />
      ) : null}
      <DataForm<ApplyValues> form={form} onFinish={submit}>
        <TextItem
          name="teamName"
          label="揭榜团队"
          max={200}
          required
          extra="团队名称或负责人，如：新能源材料课题组（负责人 李教授）"
        />
        <Form.Item
          name="proposal"
          label="揭榜方案"
          extra="写清技术路线、团队基础、实施计划与进度、预期指标和经费安排。"
          rules={[rules.required('揭榜方案')]}
        >
          <Input.TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={apply.isPending} data-testid="submit-application">
          提交揭榜申请
        </Button>
      </DataForm>
    </Card>
  );
}
