import { Button, Card, Space, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { send, useAction } from '../../api/query';
import type { ListingView } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { OpenDealModal } from '../../components/open-deal-modal';
import { SideDrawer } from '../../components/side-drawer';
import { KIND_NAMES } from '../../format';
import { WithdrawListingButton } from '../../components/withdraw-listing-button';
import { WHO_MAY_APPLY } from '../../components/challenge-words';

type KindPath = 'needs' | 'achievements' | 'challenges';

// the form (date pickers, number inputs) only for the owner who edits: not on every visitor's first load
const ListingForm = lazy(() => import('../../components/listing-form').then((m) => ({ default: m.ListingForm })));

/** Organisation types that answer a need with technology (the seller of the deal). */
const SELLERS = ['university', 'research_institute', 'enterprise'];
/** Organisation types that take up an achievement (the buyer of the deal). */
const BUYERS = ['enterprise', 'university', 'research_institute'];

/**
 * What the viewer of a listing can do next, for every kind of viewer: a visitor logs in or
 * registers; another organisation contacts the owner (我要对接 opens a deal with the owner's
 * organisation as the other party); the owner edits or withdraws it.
 */
export function NextSteps({ listing: l, kindPath }: { listing: ListingView; kindPath: KindPath }) {
  const { me } = useAuth();
  const location = useLocation();
  if (!me)
    return (
      <Card size="small" data-testid="next-steps">
        <Space wrap>
          <Typography.Text>登录后可以查看联系方式、发起对接。</Typography.Text>
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>
            <Button type="primary" data-testid="login-to-contact">
              登录后联系
            </Button>
          </Link>
          <Link to="/signup">
            <Button>注册机构</Button>
          </Link>
        </Space>
      </Card>
    );
  if (l.orgId === me.org.id) return <OwnerSteps listing={l} kindPath={kindPath} />;
  return <VisitorOrgSteps listing={l} kindPath={kindPath} />;
}

function OwnerSteps({ listing: l, kindPath }: { listing: ListingView; kindPath: KindPath }) {
  const [editing, setEditing] = useState(false);
  const withdraw = useAction(
    () => send<ListingView>(`/listings/${kindPath}/${l.id}/withdraw`, 'POST', { version: l.version }),
    { invalidates: ['listings', 'search'], success: '已撤回' },
  );
  const kind = l.kind as 'need' | 'achievement' | 'challenge';
  return (
    <Card size="small" data-testid="next-steps">
      <Space wrap>
        <Typography.Text>这是本单位发布的{KIND_NAMES[l.kind]}。</Typography.Text>
        {['draft', 'rejected', 'withdrawn', 'published'].includes(l.status) ? (
          <Button onClick={() => setEditing(true)} data-testid="edit-listing">
            编辑
          </Button>
        ) : null}
        <WithdrawListingButton
          status={l.status}
          onConfirm={() => withdraw.mutateAsync(undefined).catch(() => undefined)}
          size="middle"
          loading={withdraw.isPending}
          data-testid="withdraw-listing"
        />
        <Link to={`/my/listings?kind=${kind}`}>我的发布</Link>
      </Space>
      <SideDrawer title={`编辑：${l.title}`} open={editing} onClose={() => setEditing(false)} width={720}>
        {editing ? (
          <Suspense fallback={null}>
            <ListingForm kind={kind} listing={l} onSaved={() => setEditing(false)} />
          </Suspense>
        ) : null}
      </SideDrawer>
    </Card>
  );
}

function VisitorOrgSteps({ listing: l, kindPath }: { listing: ListingView; kindPath: KindPath }) {
  const { me, can } = useAuth();
  const [opening, setOpening] = useState(false);
  const orgType = me?.org.type ?? '';
  const fits =
    (l.kind === 'achievement' && BUYERS.includes(orgType)) || (l.kind === 'need' && SELLERS.includes(orgType));
  const broker = orgType === 'broker_agency' || !!me?.user.roles.includes('broker');
  const contact = l.contactName ? `联系人：${l.contactName}${l.contactPhone ? `，电话 ${l.contactPhone}` : ''}` : null;
  let hint: string;
  if (l.kind === 'challenge') hint = `${WHO_MAY_APPLY}。`;
  else if (broker) hint = '作为技术经纪人，可在“查看匹配”中为供需双方发起对接。';
  else if (!fits) hint = '';
  else if (!l.orgId) hint = '发布单位选择了匿名发布，请联系所在地科技局协助对接。';
  else if (me?.org.verificationStatus !== 'verified') hint = '本机构通过认证后即可查看联系方式、发起对接。';
  else if (!can('deal:manage')) hint = '请本机构管理员发起对接。';
  else hint = '';
  const canOpen = fits && !broker && !!l.orgId && me?.org.verificationStatus === 'verified' && can('deal:manage');
  return (
    <Card size="small" data-testid="next-steps">
      <Space wrap>
        {contact ? <Typography.Text data-testid="listing-contact">{contact}</Typography.Text> : null}
        {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
        {canOpen ? (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="start-deal">
            我要对接
          </Button>
        ) : null}
      </Space>
      {canOpen ? (
        <StartDealDialog listing={l} kindPath={kindPath} open={opening} onClose={() => setOpening(false)} />
      ) : null}
    </Card>
  );
}

/**
 * 我要对接: the viewer's organisation opens a deal with the listing's organisation (POST /deals,
 * the viewer's organisation a party, as the API requires of an organisation admin): the
 * achievement's owner sells, the need's owner buys. The other side is invited and accepts or
 * declines in its 对接 page.
 */
function StartDealDialog({
  listing: l,
  kindPath,
  open,
  onClose,
}: {
  listing: ListingView;
  kindPath: KindPath;
  open: boolean;
  onClose(): void;
}) {
  const { me } = useAuth();
  const mine = me!.org.id;
  return (
    <OpenDealModal
      open={open}
      onClose={onClose}
      dialogTitle="我要对接"
      okText="发起对接"
      okTestId="start-deal-ok"
      initialTitle={`对接：${l.title}`}
      intro={
        <>
          {kindPath === 'needs' ? '本机构作为技术提供方（卖方），需求方作为买方。' : '成果方作为卖方，本机构作为买方。'}
          对方接受邀请后，双方可以在“对接”中记录进展、洽谈签约。
        </>
      }
      noteLabel="想对对方说的话"
      notePlaceholder="如：我公司希望以技术许可方式合作，请联系王工 13800000000"
      success="已发起对接，等待对方接受邀请"
      deal={async () => ({
        ...(kindPath === 'needs' ? { needId: l.id } : { achievementId: l.id }),
        parties:
          kindPath === 'needs'
            ? [
                { orgId: mine, role: 'seller' },
                { orgId: l.orgId!, role: 'buyer' },
              ]
            : [
                { orgId: l.orgId!, role: 'seller' },
                { orgId: mine, role: 'buyer' },
              ],
      })}
    />
  );
}
