import { Tag } from 'antd';
import type { Lot, LotPhase } from '../../api/types';
import { useServerNow } from '../../components/server-clock';
import { spanText } from '../../format';

export const PHASE_NAMES: Record<LotPhase, string> = {
  draft: '草稿',
  scheduled: '即将开始',
  open: '竞价中',
  ended: '已结束，待公布结果',
  sold: '已成交',
  unsold: '流拍',
  withdrawn: '已撤回',
};
const PHASE_COLORS: Record<LotPhase, string> = {
  draft: 'default',
  scheduled: 'blue',
  open: 'green',
  ended: 'orange',
  sold: 'gold',
  unsold: 'default',
  withdrawn: 'default',
};

export function PhaseTag({ phase }: { phase: LotPhase }) {
  return (
    <Tag color={PHASE_COLORS[phase]} data-testid="lot-phase">
      {PHASE_NAMES[phase]}
    </Tag>
  );
}

/**
 * The countdown to the start or the end, run on the server's clock: the offset between the
 * answer's serverTime and this browser's clock when the answer came is kept, so a wrong clock
 * on the reader's machine does not move the end.
 */
export function Countdown({ lot, receivedAt }: { lot: Lot; receivedAt: number }) {
  const serverNow = useServerNow(lot.serverTime, receivedAt);
  if (lot.phase === 'scheduled')
    return <span data-testid="lot-countdown">距开始 {spanText(Date.parse(lot.startsAt) - serverNow)}</span>;
  if (lot.phase === 'open')
    return <span data-testid="lot-countdown">距结束 {spanText(Date.parse(lot.endsAt) - serverNow)}</span>;
  return <span data-testid="lot-countdown">{PHASE_NAMES[lot.phase]}</span>;
}
