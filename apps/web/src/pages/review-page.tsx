import { Alert, App, Button, Card, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, type Page } from '../api/client';
import type { ListingView, OrgView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { EmptyState } from '../components/empty-state';
import { ProvisionBureauModal } from '../components/provision-bureau-modal';
import { RejectModal, type RejectTarget } from '../components/reject-modal';
import { useRegionName, useTechFields } from '../components/reference-data';
import { useApi } from '../components/use-api';
import { dateTimeText, ORG_TYPE_NAMES } from '../format';

/** 审核: the bureau's queue of organisations to verify and listings to publish, in its region. */
export default function ReviewPage() {
  const { can } = useAuth();
  const [tick, setTick] = useState(0);
  const [inviting, setInviting] = useState(false);
  const [rejecting, setRejecting] = useState<RejectTarget | null>(null);
  const done = () => setTick((t) => t + 1);
  const items = [
    ...(can('org:verify')
      ? [
          {
            key: 'orgs',
            label: '机构认证',
            children: <OrgQueue tick={tick} onReject={(o) => setRejecting({ kind: 'org', item: o })} onDone={done} />,
          },
        ]
      : []),
    {
      key: 'needs',
      label: '技术需求',
      children: (
        <ListingQueue
          kind="needs"
          tick={tick}
          onReject={(l) => setRejecting({ kind: 'needs', item: l })}
          onDone={done}
        />
      ),
    },
    {
      key: 'achievements',
      label: '科技成果',
      children: (
        <ListingQueue
          kind="achievements"
          tick={tick}
          onReject={(l) => setRejecting({ kind: 'achievements', item: l })}
          onDone={done}
        />
      ),
    },
    {
      key: 'challenges',
      label: '揭榜挂帅',
      children: (
        <ListingQueue
          kind="challenges"
          tick={tick}
          onReject={(l) => setRejecting({ kind: 'challenges', item: l })}
          onDone={done}
        />
      ),
    },
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
      <ProvisionBureauModal open={inviting} byPlatform={false} onClose={() => setInviting(false)} onDone={done} />
      <Tabs items={items} />
      <RejectModal
        target={rejecting}
        onClose={() => setRejecting(null)}
        onDone={() => {
          setRejecting(null);
          done();
        }}
      />
    </Card>
  );
}

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

function OrgQueue({ tick, onReject, onDone }: { tick: number; onReject(o: OrgView): void; onDone(): void }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi(
    (signal) => api<Page<OrgView>>('/organizations', { query: { status: 'pending', page, pageSize: 10 }, signal }),
    [page, tick],
  );
  const verify = async (o: OrgView) => {
    setBusy(o.id);
    try {
      await api(`/organizations/${o.id}/verify`, { method: 'POST', body: { version: o.version } });
      void message.success(`「${o.name}」已通过认证`);
      onDone();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<OrgView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 家待审核`,
        }}
        locale={{
          emptyText: <EmptyState title="没有待审核的机构" hint="辖区内的企业、高校、院所注册后会出现在这里。" />,
        }}
        columns={[
          { title: '机构名称', dataIndex: 'name' },
          { title: '类型', dataIndex: 'type', width: 120, render: (t: string) => ORG_TYPE_NAMES[t] ?? t },
          { title: '统一社会信用代码', dataIndex: 'creditCode', width: 190, responsive: ['md'] },
          { title: '地区', dataIndex: 'regionCode', width: 120, render: (c: string) => <RegionName code={c} /> },
          {
            title: '注册时间',
            dataIndex: 'createdAt',
            width: 150,
            responsive: ['lg'],
            render: (d: string) => dateTimeText(d),
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, o) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  loading={busy === o.id}
                  onClick={() => void verify(o)}
                  data-testid="verify-org"
                >
                  通过
                </Button>
                <Button size="small" danger onClick={() => onReject(o)}>
                  不通过
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

function ListingQueue({
  kind,
  tick,
  onReject,
  onDone,
}: {
  kind: 'needs' | 'achievements' | 'challenges';
  tick: number;
  onReject(l: ListingView): void;
  onDone(): void;
}) {
  const { message } = App.useApp();
  const fields = useTechFields();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const list = useApi(
    (signal) => api<Page<ListingView>>(`/listings/${kind}/review-queue`, { query: { page, pageSize: 10 }, signal }),
    [kind, page, tick],
  );
  const approve = async (l: ListingView) => {
    setBusy(l.id);
    try {
      await api(`/listings/${kind}/${l.id}/approve`, { method: 'POST', body: { version: l.version } });
      void message.success(`「${l.title}」已发布`);
      onDone();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
    } finally {
      setBusy(null);
    }
  };
  const noun = { needs: '技术需求', achievements: '科技成果', challenges: '揭榜挂帅榜单' }[kind];
  return (
    <>
      {list.error ? <Alert type="error" showIcon message={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<ListingView>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 800 }}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 条待审核`,
        }}
        locale={{
          emptyText: (
            <EmptyState
              title={`没有待审核的${noun}`}
              hint={`辖区内单位提交的${noun}会出现在这里，审核通过即公开发布。`}
            />
          ),
        }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string, l) => (
              <Space direction="vertical" size={0}>
                <Link to={`/listings/${kind}/${l.id}`} target="_blank">
                  {t}
                </Link>
                <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420, fontSize: 12 }}>
                  {l.description}
                </Typography.Text>
              </Space>
            ),
          },
          { title: '发布单位', dataIndex: 'orgName', width: 200, render: (n: string | null) => n ?? '—' },
          {
            title: '技术领域',
            dataIndex: 'techFieldCode',
            width: 140,
            responsive: ['lg'],
            render: (c: string) => fields[c] ?? c,
          },
          {
            title: '提交时间',
            dataIndex: 'submittedAt',
            width: 150,
            responsive: ['md'],
            render: (d: string) => dateTimeText(d),
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, l) => (
              <Space size={4}>
                <Button
                  size="small"
                  type="primary"
                  loading={busy === l.id}
                  onClick={() => void approve(l)}
                  data-testid="approve-listing"
                >
                  通过发布
                </Button>
                <Button size="small" danger onClick={() => onReject(l)}>
                  驳回
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
