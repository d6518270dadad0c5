import { Button, Card, Grid, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { send, useAction, usePaged } from '../api/query';
import type { ListingView, OrgView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { DecisionButtons } from '../components/decision-buttons';
import { EmptyState } from '../components/empty-state';
import { PagedTable } from '../components/paged-table';
import { ProvisionBureauModal } from '../components/provision-bureau-modal';
import { RejectModal, type RejectTarget } from '../components/reject-modal';
import { useRegionName, useTechFields } from '../components/reference-data';
import { ORG_TYPE_NAMES } from '../format';
import { ListingFacts } from '../components/listing-facts';
import { techFieldColumn, whenColumn } from '../components/columns';
import { OrgVerifyButtons } from '../components/org-verify-buttons';
import { useWaiting, waitingLabel } from '../components/waiting-counts';

type ListingPath = 'needs' | 'achievements' | 'challenges';
// `short`: a phone's width holds four tabs with their counts only with two-character names
const QUEUES: { kind: ListingPath; label: string; short: string; noun: string }[] = [
  { kind: 'needs', label: '技术需求', short: '需求', noun: '技术需求' },
  { kind: 'achievements', label: '科技成果', short: '成果', noun: '科技成果' },
  { kind: 'challenges', label: '揭榜挂帅', short: '榜单', noun: '揭榜挂帅榜单' },
];

/** 审核: the bureau's queue of organisations to verify and listings to publish, in its region. */
export default function ReviewPage() {
  const { can } = useAuth();
  const narrow = !Grid.useBreakpoint().md;
  const [inviting, setInviting] = useState(false);
  const [rejecting, setRejecting] = useState<RejectTarget | null>(null);
  // what waits in each tab, so that nobody opens a tab to find it empty
  const waiting = {
    orgs: useWaiting('orgs', can('org:verify')),
    needs: useWaiting('needs'),
    achievements: useWaiting('achievements'),
    challenges: useWaiting('challenges'),
  };
  const items = [
    ...(can('org:verify')
      ? [
          {
            key: 'orgs',
            label: waitingLabel(narrow ? '机构' : '机构认证', waiting.orgs, 'waiting-orgs'),
            children: <OrgQueue onReject={(o) => setRejecting({ kind: 'org', item: o })} />,
          },
        ]
      : []),
    ...QUEUES.map((q) => ({
      key: q.kind,
      label: waitingLabel(narrow ? q.short : q.label, waiting[q.kind], `waiting-${q.kind}`),
      children: <ListingQueue kind={q.kind} noun={q.noun} onReject={(l) => setRejecting({ kind: q.kind, item: l })} />,
    })),
  ];
  return (
    <Card
      title="审核（本辖区）"
      extra={
        can('org:provision-bureau') ? (
          <Button onClick={() => setInviting(true)} data-testid="invite-bureau">
            邀请下级科技局
          </Button>
        ) : null
      }
    >
      <ProvisionBureauModal open={inviting} byPlatform={false} onClose={() => setInviting(false)} />
      <Tabs items={items} />
      <RejectModal target={rejecting} onClose={() => setRejecting(null)} />
    </Card>
  );
}

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

function OrgQueue({ onReject }: { onReject(o: OrgView): void }) {
  const { me } = useAuth();
  // A bureau is verified by an admin of the bureau above it (staff see it, and who decides).
  const decides = (o: OrgView) => o.type !== 'bureau' || !!me?.user.roles.includes('bureau_admin');
  const list = usePaged<OrgView>('/organizations', { status: 'pending' }, 10, (n) => `共 ${n} 家待审核`);
  return (
    <>
      <PagedTable<OrgView>
        list={list}
        scroll={{ x: 800 }}
        empty={<EmptyState title="没有待审核的机构" hint="辖区内的企业、高校、院所注册后会出现在这里。" />}
        columns={[
          { title: '机构名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'type', width: 120, render: (t: string) => ORG_TYPE_NAMES[t] ?? t },
          { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, responsive: ['md'] },
          { title: '地区', dataIndex: 'regionCode', width: 120, render: (c: string) => <RegionName code={c} /> },
          whenColumn('注册时间', 'createdAt', 150, { responsive: ['lg'] }),
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, o) =>
              decides(o) ? (
                <OrgVerifyButtons org={o} onReject={() => onReject(o)} />
              ) : (
                <Typography.Text type="secondary">由本局管理员审核</Typography.Text>
              ),
          },
        ]}
      />
    </>
  );
}

function ListingQueue({ kind, noun, onReject }: { kind: ListingPath; noun: string; onReject(l: ListingView): void }) {
  const fields = useTechFields();
  const list = usePaged<ListingView>(`/listings/${kind}/review-queue`, {}, 10, (n) => `共 ${n} 条待审核`);
  const approve = useAction(
    (l: ListingView) => send(`/listings/${kind}/${l.id}/approve`, 'POST', { version: l.version }),
    { invalidates: ['listings', 'search'], success: (_, l) => `「${l.title}」已发布` },
  );
  return (
    <>
      <PagedTable<ListingView>
        list={list}
        scroll={{ x: 800 }}
        // everything a reviewer checks (budget, deadline, contact, the full text) in the row itself:
        // no new tab per listing
        expandable={{
          expandRowByClick: false,
          expandedRowRender: (l) => (
            <div data-testid="review-details">
              <ListingFacts listing={l} column={{ xs: 1, md: 2 }} />
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12, marginBottom: 0 }}>
                {l.description}
              </Typography.Paragraph>
            </div>
          ),
        }}
        empty={
          <EmptyState
            title={`没有待审核的${noun}`}
            hint={`辖区内单位提交的${noun}会出现在这里，审核通过即公开发布。`}
          />
        }
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string, l) => (
              <Space direction="vertical" size={0}>
                <Link to={`/listings/${kind}/${l.id}`}>{t}</Link>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420, fontSize: 12 }}>
                  {l.description}
                </Typography.Text>
              </Space>
            ),
          },
          { title: '发布单位', dataIndex: 'orgName', width: 200, render: (n: string | null) => n ?? '—' },
          techFieldColumn(fields, 140, ['lg']),
          whenColumn('提交时间', 'submittedAt', 150, { responsive: ['md'] }),
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, l) => (
              <DecisionButtons
                approve="通过发布"
                reject="驳回"
                consequence="通过后立即公开发布：所有用户可以检索和查看，并参与供需匹配。"
                loading={approve.isPending && approve.variables?.id === l.id}
                onApprove={() => approve.mutateAsync(l).catch(() => undefined)}
                onReject={() => onReject(l)}
                testId="approve-listing"
              />
            ),
          },
        ]}
      />
    </>
  );
}
