import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router-dom';
import type { Me } from '../api/types';
import { WaitingBadge } from './waiting-counts';

type Item = { key: string; label: string; show: boolean };

/**
 * The side menu, grouped by the work each role does, in the order of that work: the market
 * everyone sees; what an organisation posts and signs; what a bureau reviews, registers and
 * counts; the platform's own console. A group shows only when the user may use one of its pages.
 */
export function SideMenu({
  me,
  can,
  onNavigate,
  waiting = {},
}: {
  me: Me | null;
  can(permission: string): boolean;
  onNavigate?(): void;
  /** How many items wait behind an entry (useWaitingWork), by the entry's path. */
  waiting?: Record<string, number | undefined>;
}) {
  const location = useLocation();
  const signedIn = !!me;
  const orgUser = !!me && me.user.roles.some((r) => r === 'org_admin' || r === 'member');
  const bidder = orgUser && me.org.type !== 'bureau' && me.org.type !== 'platform';
  const seller = orgUser && ['university', 'research_institute', 'enterprise'].includes(me.org.type);
  const supervisor =
    !!me && me.user.roles.some((r) => r === 'bureau_staff' || r === 'bureau_admin' || r === 'platform_admin');
  const groups: { key: string; label: string; items: Item[] }[] = [
    {
      key: 'market',
      label: '技术市场',
      items: [
        { key: '/', label: '首页', show: true },
        { key: '/search', label: '找成果·找需求', show: true },
        { key: '/publications', label: '协议定价公示', show: true },
        { key: '/listed-sales', label: '挂牌交易', show: true },
        { key: '/auctions', label: '网络竞价', show: true },
        { key: '/roadshows', label: '路演活动', show: true },
        { key: '/sale-notices', label: '成交公告', show: true },
        { key: '/figures', label: '指标公开', show: true },
        { key: '/regions', label: '地区', show: true },
      ],
    },
    {
      key: 'work',
      label: '我的工作',
      items: [
        {
          key: '/my/listings',
          label: '我的发布',
          show: signedIn && (can('listing:write-own') || can('challenge:publish')),
        },
        { key: '/deals', label: '对接看板', show: signedIn && can('deal:read') },
        { key: '/contracts', label: '我的合同', show: signedIn && can('contract:write-own') },
        { key: '/auctions/my-bidding', label: '我的竞拍', show: bidder },
        { key: '/auctions/my-lots', label: '我的标的', show: seller },
        { key: '/vouchers', label: '科技创新券', show: signedIn && !can('voucher:manage') && !can('platform:admin') },
        {
          key: '/loans',
          label: can('loan:file') ? '贷款备案' : '成果转化贷款',
          show: can('loan:file') || can('loan:authorise'),
        },
        { key: '/notifications', label: '通知', show: signedIn },
      ],
    },
    {
      key: 'bureau',
      label: '科技局业务',
      items: [
        { key: '/review', label: '审核', show: signedIn && can('listing:review') },
        { key: '/certification', label: '合同登记', show: signedIn && can('contract:certify') },
        { key: '/vouchers', label: '科技创新券', show: signedIn && can('voucher:manage') },
        { key: '/loans', label: '成果转化贷款', show: signedIn && can('stats:read') },
        { key: '/dashboard', label: '统计看板', show: signedIn && can('stats:read') },
        { key: '/reports/quarterly', label: '季度通报', show: signedIn && can('stats:read') },
        { key: '/reports/annual', label: '年度报告', show: signedIn && can('stats:read') },
        { key: '/imports', label: '批量导入', show: signedIn && can('import:run') },
        { key: '/auctions/supervise', label: '竞价监管', show: supervisor },
        // the platform admin reaches organisations from its own console
        { key: '/orgs', label: '机构管理', show: signedIn && can('org:suspend') && !can('platform:admin') },
      ],
    },
    {
      key: 'org',
      label: '管理',
      items: [
        { key: '/org/members', label: '成员管理', show: signedIn && can('org:manage-members') },
        { key: '/audit', label: '审计日志', show: signedIn && can('audit:read') },
      ],
    },
    {
      key: 'platform',
      label: '平台运营',
      items: [{ key: '/admin', label: '平台管理', show: signedIn && can('platform:admin') }],
    },
  ];
  const visible = groups.map((g) => ({ ...g, items: g.items.filter((i) => i.show) })).filter((g) => g.items.length > 0);
  const items: MenuProps['items'] = visible.map((g) => ({
    type: 'group',
    key: g.key,
    label: g.label,
    children: g.items.map((i) => ({
      key: i.key,
      label: (
        <Link to={i.key} onClick={onNavigate}>
          {i.label}
          <WaitingBadge count={waiting[i.key]} testId={`menu-waiting-${i.key.slice(1).replace('/', '-')}`} />
        </Link>
      ),
    })),
  }));
  const selected = visible
    .flatMap((g) => g.items.map((i) => i.key))
    .filter((k) => (k === '/' ? location.pathname === '/' : location.pathname.startsWith(k)))
    .slice(-1);
  return <Menu mode="inline" selectedKeys={selected} items={items} style={{ borderInlineEnd: 'none' }} />;
}
