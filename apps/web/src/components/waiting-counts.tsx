import { Badge } from 'antd';
import type { ReactNode } from 'react';
import type { Page, Query } from '../api/client';
import { useGet } from '../api/query';
import type { Me } from '../api/types';

/**
 * The queues a bureau or the platform works through, each as the list its page shows: a count
 * is that list's `total` (one row asked for), so it is the server's figure for exactly what the
 * tab lists. Its query key starts with the list's resource, so a decision that invalidates the
 * resource (approve, reject, certify, redeem) refreshes the count with the list.
 */
export const QUEUES = {
  orgs: { path: '/organizations', query: { status: 'pending' } },
  needs: { path: '/listings/needs/review-queue', query: {} },
  achievements: { path: '/listings/achievements/review-queue', query: {} },
  challenges: { path: '/listings/challenges/review-queue', query: {} },
  contracts: { path: '/contracts/registration-queue', query: {} },
  voucherApplications: { path: '/vouchers', query: { status: 'applied' } },
  voucherRedemptions: { path: '/vouchers', query: { status: 'redemption_requested' } },
  deposits: { path: '/auctions/supervised', query: { pendingOnly: true } },
  figures: { path: '/reported-figures', query: { status: 'pending' } },
} satisfies Record<string, { path: string; query: Query }>;
export type QueueName = keyof typeof QUEUES;

/** Something may arrive while a reviewer sits on a page: a modest poll, none while the tab is hidden. */
const POLL_MS = 120_000;

/** How many items wait in a queue (undefined until known, or when `enabled` is false: the user may not read it). */
export function useWaiting(queue: QueueName, enabled = true): number | undefined {
  const { path, query } = QUEUES[queue];
  const r = useGet<Page<unknown>>(
    enabled ? path : null,
    { ...query, page: 1, pageSize: 1 },
    {
      refetchInterval: () => (document.visibilityState === 'hidden' ? false : POLL_MS),
      refetchOnWindowFocus: true,
    },
  );
  return enabled ? r.data?.total : undefined;
}

/** The sum of counts, undefined while none is known. */
export function sumWaiting(...counts: (number | undefined)[]): number | undefined {
  const known = counts.filter((n): n is number => n !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

/** A count beside a label (a tab, a menu entry), shown only when something waits. */
export function WaitingBadge({ count, testId }: { count: number | undefined; testId?: string }) {
  if (!count) return null;
  return (
    <span data-testid={testId} data-count={count} style={{ marginInlineStart: 6 }}>
      <Badge count={count} overflowCount={999} size="small" title={`${count} 项待处理`} />
    </span>
  );
}

/** "机构认证 ③": a tab's label with the count of what waits in it. */
export function waitingLabel(label: ReactNode, count: number | undefined, testId?: string): ReactNode {
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label}
      <WaitingBadge count={count} testId={testId} />
    </span>
  );
}

/**
 * What waits for this user, by the side menu's entries: 审核 (organisations to verify, listings
 * to publish), 合同登记, 科技创新券 (applications and redemptions), 竞价监管 (lots with deposits
 * to confirm), 平台管理 (organisations to verify). Each queue is asked only of users who may read it.
 */
export function useWaitingWork(me: Me | null, can: (p: string) => boolean): Record<string, number | undefined> {
  const signedIn = !!me;
  const reviewer = signedIn && can('listing:review');
  const platform = signedIn && can('platform:admin');
  const supervisor =
    signedIn && me.user.roles.some((r) => r === 'bureau_staff' || r === 'bureau_admin' || r === 'platform_admin');
  const orgs = useWaiting('orgs', signedIn && can('org:verify'));
  const needs = useWaiting('needs', reviewer);
  const achievements = useWaiting('achievements', reviewer);
  const challenges = useWaiting('challenges', reviewer);
  const contracts = useWaiting('contracts', signedIn && can('contract:certify'));
  const voucherManager = signedIn && can('voucher:manage');
  const applications = useWaiting('voucherApplications', voucherManager);
  const redemptions = useWaiting('voucherRedemptions', voucherManager);
  const deposits = useWaiting('deposits', supervisor);
  return {
    '/review': sumWaiting(reviewer ? orgs : undefined, needs, achievements, challenges),
    '/certification': contracts,
    '/vouchers': voucherManager ? sumWaiting(applications, redemptions) : undefined,
    '/auctions/supervise': deposits,
    '/admin': platform ? orgs : undefined,
  };
}
