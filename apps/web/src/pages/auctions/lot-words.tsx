import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { Lot, LotPhase } from '../../api/types';

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

const CHINA = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** An instant in China time (北京时间), whatever the reader's time zone. */
export const chinaTime = (iso: string | null | undefined): string => (iso ? CHINA.format(new Date(iso)) : '—');

function spanText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86_400);
  const hh = String(Math.floor((s % 86_400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `${d} 天 ` : ''}${hh}:${mm}:${ss}`;
}

/**
 * The countdown to the start or the end, run on the server's clock: the offset between the
 * answer's serverTime and this browser's clock when the answer came is kept, so a wrong clock
 * on the reader's machine does not move the end.
 */
export function Countdown({ lot, receivedAt }: { lot: Lot; receivedAt: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const serverNow = Date.parse(lot.serverTime) + (now - receivedAt);
  if (lot.phase === 'scheduled')
    return <span data-testid="lot-countdown">距开始 {spanText(Date.parse(lot.startsAt) - serverNow)}</span>;
  if (lot.phase === 'open')
    return <span data-testid="lot-countdown">距结束 {spanText(Date.parse(lot.endsAt) - serverNow)}</span>;
  return <span data-testid="lot-countdown">{PHASE_NAMES[lot.phase]}</span>;
}
