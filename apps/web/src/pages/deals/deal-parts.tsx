import { Button, Popconfirm, Space, Tag, type ButtonProps } from 'antd';
import { send, useAction } from '../../api/query';
import type { Deal, DealParty, DealStage } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { PARTY_STATUS_NAMES, STAGE_NAMES } from '../../format';
import { ConfirmButton } from '../../components/confirm-button';

export const STAGE_COLORS: Record<string, string> = {
  lead: 'default',
  contacted: 'cyan',
  introduced: 'blue',
  negotiating: 'purple',
  signed: 'green',
  dropped: 'red',
};

/** Can the signed-in user move this deal (its broker, or the broker organisation's manager)? */
export function useIsBroker(): (d: Deal) => boolean {
  const { me, can } = useAuth();
  return (d) => !!me && (d.brokerUserId === me.user.id || (d.brokerOrgId === me.org.id && can('deal:manage')));
}

/** Whether a party has accepted the broker's invitation. */
export function PartyStatusTag({ party, style, testId }: { party: DealParty; style?: object; testId?: string }) {
  const color = party.status === 'accepted' ? 'green' : party.status === 'declined' ? 'red' : 'gold';
  return (
    <Tag color={color} style={style} data-testid={testId}>
      {PARTY_STATUS_NAMES[party.status]}
    </Tag>
  );
}

/** The broker's buttons: forward to each next stage, or drop the deal (after a confirmation). */
export function MoveButtons({ deal, small, dropTitle }: { deal: Deal; small?: boolean; dropTitle: string }) {
  const move = useAction(
    ({ to, note }: { to: DealStage; note?: string }) =>
      send<Deal>(`/deals/${deal.id}/stage`, 'POST', { to, version: deal.version, ...(note ? { note } : {}) }),
    { invalidates: ['deals'], success: (d) => `已转到「${STAGE_NAMES[d.stage]}」` },
  );
  const busy = (s: DealStage) => move.isPending && move.variables?.to === s;
  const size = small ? 'small' : undefined;
  return (
    <Space size={small ? 4 : undefined} wrap style={small ? { marginTop: 6, display: 'flex' } : undefined}>
      {deal.nextStages
        .filter((s) => s !== 'dropped')
        .map((s) => {
          const button = (
            <Button
              key={s}
              size={size}
              type="primary"
              loading={busy(s)}
              onClick={s === 'signed' ? undefined : () => move.mutate({ to: s })}
              data-testid={small ? 'advance-deal' : undefined}
            >
              推进到「{STAGE_NAMES[s]}」
            </Button>
          );
          // signing ends the deal for good: the stage cannot move again, and the contract follows from it
          return s === 'signed' ? (
            <Popconfirm
              key={s}
              title="确认双方已签约？"
              description={
                <div style={{ maxWidth: 300 }}>
                  转到「已签约」后对接结束，阶段不能再改；卖方随后可据此填写技术合同、申请认定登记。
                </div>
              }
              okText="确认已签约"
              cancelText="取消"
              okButtonProps={{ 'data-testid': 'confirm-signed' } as ButtonProps}
              onConfirm={() => move.mutateAsync({ to: s }).catch(() => undefined)}
            >
              {button}
            </Popconfirm>
          ) : (
            button
          );
        })}
      {deal.nextStages.includes('dropped') ? (
        <ConfirmButton
          title={dropTitle}
          okText="终止"
          onConfirm={() => move.mutateAsync({ to: 'dropped', note: '经纪人终止对接' }).catch(() => undefined)}
          type="default"
          size={size}
          loading={busy('dropped')}
        >
          {small ? '终止' : '终止对接'}
        </ConfirmButton>
      ) : null}
    </Space>
  );
}
