import { Tag } from 'antd';
import type { ListedSale } from '../../api/types';
import type { Me } from '../../api/types';
import { useServerNow } from '../../components/server-clock';
import { chinaDayText, chinaTime, LISTED_SALE_STATUS_NAMES, spanText } from '../../format';

const STATUS_COLORS: Record<string, string> = {
  listed: 'green',
  sold: 'gold',
  auctioned: 'blue',
  failed: 'default',
  withdrawn: 'default',
};

export function ListedSaleStatusTag({ status }: { status: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="listed-sale-status">
      {LISTED_SALE_STATUS_NAMES[status] ?? status}
    </Tag>
  );
}

/** Sellers at a 挂牌: verified universities, research institutes and enterprises (the policy table's row). */
export const SELLER_TYPES = ['university', 'research_institute', 'enterprise'];
export const canSell = (me: Me | null | undefined): boolean =>
  !!me && SELLER_TYPES.includes(me.org.type) && me.org.verificationStatus === 'verified' && !me.org.suspendedAt;

/** A period's end (midnight after its last working day, China time) as that last day's 24:00, the way notices say it. */
export function periodEndText(iso: string): string {
  const end = new Date(iso);
  const midnight = chinaTime(iso).endsWith('00:00:00');
  return midnight ? `${chinaDayText(end.getTime() - 1000)} 24:00` : chinaTime(iso);
}

/**
 * The time left in the listing period on the server's clock: the offset between the answer's
 * serverTime and this browser's clock when it came is kept, so a wrong local clock moves nothing.
 */
export function ListingCountdown({ sale, receivedAt }: { sale: ListedSale; receivedAt: number }) {
  const serverNow = useServerNow(sale.serverTime, receivedAt);
  if (sale.status !== 'listed')
    return <span data-testid="listing-countdown">{sale.status === 'withdrawn' ? '已撤回' : '挂牌已结束'}</span>;
  const left = Date.parse(sale.endsAt) - serverNow;
  return (
    <span data-testid="listing-countdown">
      {left > 0 ? `距挂牌期满 ${spanText(left)}` : '挂牌期已满，等待公布结果'}
    </span>
  );
}
