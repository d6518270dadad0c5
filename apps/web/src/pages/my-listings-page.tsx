import { Alert, Button, Card, Space, Tabs, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { send, useAction, usePaged } from '../api/query';
import type { ListingView } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { EmptyState } from '../components/empty-state';
import { PagedList } from '../components/paged-list';
import { SideDrawer } from '../components/side-drawer';
import { ListingForm, type EditableKind } from '../components/listing-form';
import { useTechFields } from '../components/reference-data';
import { dateTimeText, KIND_NAMES, LISTING_STATUS_COLORS, STATUS_NAMES, wanYuan } from '../format';
import { ForbiddenPage } from './forbidden-page';
import { techFieldColumn, whenColumn } from '../components/columns';
import { CreateBar } from '../components/create-bar';
import { ConfirmButton } from '../components/confirm-button';
import { WithdrawListingButton } from '../components/withdraw-listing-button';
import { WHO_MAY_APPLY } from '../components/challenge-words';

const PATH: Record<EditableKind, 'needs' | 'achievements' | 'challenges'> = {
  need: 'needs',
  achievement: 'achievements',
  challenge: 'challenges',
};
const NEW_LABEL: Record<EditableKind, string> = {
  need: '发布技术需求',
  achievement: '登记科技成果',
  challenge: '发布揭榜挂帅榜单',
};
const HINT: Record<EditableKind, string> = {
  need: '草稿提交后由所在地科技局审核，审核通过即公开发布并参与匹配。',
  achievement: '草稿提交后由所在地科技局审核，审核通过即公开发布并参与匹配。',
  challenge: `榜单提交后经所在地科技局审核即公开发榜；${WHO_MAY_APPLY}，您在榜单页面查看申请并确定揭榜方。`,
};

/**
 * Which kinds an organisation posts: enterprises needs, universities and institutes achievements;
 * bureaus and enterprises (their admins) publish 揭榜挂帅 challenges.
 */
function kindsFor(orgType: string | undefined, can: (p: string) => boolean): EditableKind[] {
  const kinds: EditableKind[] = [];
  if (can('listing:write-own')) {
    if (orgType === 'enterprise') kinds.push('need');
    else if (orgType === 'university' || orgType === 'research_institute') kinds.push('achievement');
    else kinds.push('need', 'achievement');
  }
  if (can('challenge:publish') && (orgType === 'bureau' || orgType === 'enterprise')) kinds.push('challenge');
  return kinds;
}

/** 我的发布: the organisation's needs, achievements or challenges in every status, with the lifecycle actions. */
export default function MyListingsPage() {
  const { me, can } = useAuth();
  const kinds = kindsFor(me?.org.type, can);
  // the tab is in the address (?kind=challenge), so a link can open it
  const [params, setParams] = useSearchParams();
  const wanted = params.get('kind') as EditableKind | null;
  const kind = wanted && kinds.includes(wanted) ? wanted : kinds[0];
  if (!kind) return <ForbiddenPage />;
  return (
    <Card title="我的发布">
      {kinds.length > 1 ? (
        <Tabs
          activeKey={kind}
          onChange={(k) => setParams({ kind: k }, { replace: true })}
          items={kinds.map((k) => ({ key: k, label: KIND_NAMES[k] }))}
        />
      ) : null}
      <KindList key={kind} kind={kind} />
    </Card>
  );
}

/** A listing's state as a tag (已揭榜 for an awarded challenge); a rejected one shows its reason on hover or tap. */
function statusTag(l: ListingView) {
  return l.awardedApplicationId ? (
    <Tag color="green" data-testid="listing-status">
      已揭榜
    </Tag>
  ) : (
    <Tooltip title={l.status === 'rejected' && l.rejectReason ? `驳回理由：${l.rejectReason}` : undefined}>
      <Tag color={LISTING_STATUS_COLORS[l.status]} data-testid="listing-status">
        {STATUS_NAMES[l.status] ?? l.status}
      </Tag>
    </Tooltip>
  );
}

function KindList({ kind }: { kind: EditableKind }) {
  const fields = useTechFields();
  const [editing, setEditing] = useState<ListingView | 'new' | null>(null);
  const list = usePaged<ListingView>(`/listings/${PATH[kind]}/mine`, {}, 10, (n) => `共 ${n} 条`);
  const act = useAction(
    ({ l, action }: { l: ListingView; action: 'submit' | 'withdraw' }) =>
      send<ListingView>(`/listings/${PATH[kind]}/${l.id}/${action}`, 'POST', { version: l.version }),
    {
      invalidates: ['listings', 'search'],
      success: (after, { action }) =>
        action === 'withdraw' ? '已撤回' : after.status === 'published' ? '已发布' : '已提交，等待科技局审核',
    },
  );
  const remove = useAction(
    (l: ListingView) => send<ListingView>(`/listings/${PATH[kind]}/${l.id}?version=${l.version}`, 'DELETE'),
    { invalidates: ['listings'], success: (_, l) => `已删除草稿「${l.title}」` },
  );
  const busy = (action: string, l: ListingView) =>
    act.isPending && act.variables?.action === action && act.variables.l.id === l.id;

  const actions = (l: ListingView) => (
    <Space size={4} wrap>
      {['draft', 'rejected', 'withdrawn', 'published'].includes(l.status) ? (
        <Button size="small" onClick={() => setEditing(l)}>
          编辑
        </Button>
      ) : null}
      {['draft', 'rejected', 'withdrawn'].includes(l.status) ? (
        <Button
          size="small"
          type="primary"
          loading={busy('submit', l)}
          onClick={() => act.mutate({ l, action: 'submit' })}
        >
          提交审核
        </Button>
      ) : null}
      {l.status === 'draft' ? (
        <ConfirmButton
          title="删除这份草稿？"
          description="删除后不能恢复。"
          okText="删除"
          onConfirm={() => remove.mutateAsync(l).catch(() => undefined)}
          type="default"
          size="small"
          loading={remove.isPending && remove.variables?.id === l.id}
          data-testid="delete-draft"
        >
          删除
        </ConfirmButton>
      ) : null}
      <WithdrawListingButton
        status={l.status}
        onConfirm={() => act.mutateAsync({ l, action: 'withdraw' }).catch(() => undefined)}
        size="small"
        loading={busy('withdraw', l)}
      />
      {kind === 'challenge' && (l.status === 'published' || l.status === 'closed') ? (
        <Link to={`/listings/challenges/${l.id}`}>
          <Button size="small" type="link" data-testid="view-applications">
            {l.awardedApplicationId ? '查看揭榜结果' : '查看揭榜申请'}
          </Button>
        </Link>
      ) : null}
      {kind !== 'challenge' && l.status === 'published' ? (
        <Link to={`/matches/${PATH[kind]}/${l.id}`}>
          <Button size="small" type="link">
            {kind === 'need' ? '查看匹配成果' : '查看匹配需求'}
          </Button>
        </Link>
      ) : null}
    </Space>
  );
  const rows = list.data?.items ?? [];
  return (
    <>
      <CreateBar
        label={NEW_LABEL[kind]}
        onCreate={() => setEditing('new')}
        testId="new-listing"
        hint={HINT[kind]}
        gap={16}
      />
      <PagedList<ListingView>
        list={list}
        size="middle"
        scroll={{ x: 760 }}
        rowTestId="my-listing"
        card={(l) => ({
          title: <Link to={`/listings/${PATH[kind]}/${l.id}`}>{l.title}</Link>,
          lines: (
            <Space size={[8, 4]} wrap>
              {statusTag(l)}
              <span>{fields[l.techFieldCode] ?? l.techFieldCode}</span>
              <span>更新于 {dateTimeText(l.updatedAt)}</span>
            </Space>
          ),
        })}
        actions={actions}
        empty={
          <EmptyState
            title={`还没有${KIND_NAMES[kind]}`}
            hint={`点击“${NEW_LABEL[kind]}”填写，保存为草稿后提交审核。`}
          />
        }
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string, l) => <Link to={`/listings/${PATH[kind]}/${l.id}`}>{t}</Link>,
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (_: string, l) => statusTag(l),
          },
          ...(kind === 'challenge'
            ? [
                {
                  title: '榜额',
                  dataIndex: 'rewardFen',
                  width: 120,
                  responsive: ['md' as const],
                  render: (f: number) => wanYuan(f),
                },
                whenColumn<ListingView>('揭榜截止', 'deadline', 130, { date: true, responsive: ['lg'] }),
              ]
            : []),
          techFieldColumn(fields, 150, ['md']),
          whenColumn('更新时间', 'updatedAt', 150, { responsive: ['lg'] }),
          {
            title: '操作',
            key: 'actions',
            width: 260,
            // stays in view while the other columns scroll in a narrow window (a phone shows cards)
            fixed: 'right',
            render: (_: unknown, l) => actions(l),
          },
        ]}
      />
      {rows.some((l) => l.status === 'rejected') ? (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          message="有信息被驳回：点按（或把鼠标移到）“已驳回”查看理由，修改后重新提交审核。"
        />
      ) : null}
      <SideDrawer
        title={editing === 'new' ? NEW_LABEL[kind] : `编辑：${editing?.title ?? ''}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
        width={720}
      >
        {editing !== null ? (
          <ListingForm kind={kind} listing={editing === 'new' ? undefined : editing} onSaved={() => setEditing(null)} />
        ) : null}
      </SideDrawer>
    </>
  );
}
