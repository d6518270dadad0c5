import { Alert, Button, Card, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ApiError } from '../../api/client';
import { invalidate, send } from '../../api/query';
import type { Lot, Me } from '../../api/types';
import { wanYuan, chinaTime } from '../../format';

/** The terms a bidder accepts, in the words the server stores with the registration (竞买须知). */
function termsLines(l: Lot): string[] {
  return [
    `竞价时间：${chinaTime(l.startsAt)} 至 ${chinaTime(l.endsAt)}（北京时间），以平台服务器时间为准。`,
    `起拍价 ${wanYuan(l.startingPriceFen)}，每次加价不少于 ${wanYuan(l.incrementFen)}；首次出价不低于起拍价，此后每次出价不低于当前价加上加价幅度。`,
    !l.hasReserve
      ? '本标的不设保留价，有人出价即可成交。'
      : l.reservePriceFen
        ? `保留价 ${wanYuan(l.reservePriceFen)}；最高出价未达保留价的，本次竞价流拍。`
        : '本标的设有保留价（不公开）；最高出价未达保留价的，本次竞价流拍。',
    `延时规则：结束前 ${l.antiSnipingMinutes} 分钟内有人出价的，结束时间延长至该出价后 ${l.antiSnipingMinutes} 分钟。`,
    `保证金 ${wanYuan(l.depositFen)}，按卖方所在地科技局的要求缴纳，经科技局确认后方可出价；平台不收付资金。`,
    '出价一经提交不得撤回；出价记录按顺序写入哈希链，任何人可核验。',
    '竞价结束时最高出价者为买受人，须按成交价与卖方签订技术合同。',
    l.winnerAnonymous ? '成交公告公布标的和成交价，不公布买受人名称。' : '成交公告公布标的、成交价和买受人名称。',
  ];
}

/** Who may register on this lot from this page: a verified organisation (not a bureau or the platform) other than the seller. */
export function mayRegister(me: Me | null, l: Lot): boolean {
  if (!me || me.org.id === l.sellerOrgId) return false;
  if (me.org.type === 'bureau' || me.org.type === 'platform') return false;
  return l.phase === 'open' || l.phase === 'scheduled';
}

/**
 * Registration from the lot page: the terms to read and accept, then the state of the
 * registration (the deposit the bureau still has to confirm, or ready to bid).
 */
export function LotRegistration({ lot, me }: { lot: Lot; me: Me | null }) {
  const [open, setOpen] = useState(false);
  const [accepted, setAccepted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reg = lot.myRegistration;

  // once the lot has closed there is nothing to sign in for
  if (!me)
    return lot.phase !== 'open' && lot.phase !== 'scheduled' ? null : (
      <Alert
        type="info"
        showIcon
        title={
          <>
            参加竞价请先<Link to={`/login?next=/auctions/${lot.id}`}>登录</Link>，以已认证机构的名义报名。
          </>
        }
      />
    );
  if (reg && !reg.depositConfirmed)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="registration-state"
        title={`已报名（竞买人 ${reg.bidderNo}）。保证金 ${wanYuan(lot.depositFen)} 待卖方所在地科技局确认，确认后即可出价。`}
      />
    );
  if (reg) return null;
  if (!mayRegister(me, lot)) return null;
  if (me.org.verificationStatus !== 'verified')
    return <Alert type="info" showIcon title="本机构完成认证后才能报名竞买。" />;

  const register = async () => {
    setBusy(true);
    setError(null);
    try {
      await send(`/auctions/${lot.id}/registrations`, 'POST', { acceptTerms: true }, true);
      setOpen(false);
      await invalidate('auctions');
    } catch (err) {
      setError((err as ApiError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="报名竞买">
      <Typography.Paragraph>
        报名须接受竞买须知，并按要求缴纳保证金 {wanYuan(lot.depositFen)}；保证金经科技局确认后即可出价。
      </Typography.Paragraph>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="register-open">
        报名竞买
      </Button>
      <Modal
        title="竞买须知"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => void register()}
        okText="接受并报名"
        cancelText="取消"
        okButtonProps={{ disabled: !accepted, loading: busy, 'data-testid': 'register-ok' }}
      >
        <Typography.Paragraph strong>{lot.title}</Typography.Paragraph>
        <ol style={{ paddingInlineStart: 20 }} data-testid="terms">
          {termsLines(lot).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <Checkbox checked={accepted} onChange={(e) => setAccepted(e.target.checked)} data-testid="accept-terms">
          我已阅读并接受竞买须知
        </Checkbox>
        {error ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} /> : null}
      </Modal>
    </Card>
  );
}
