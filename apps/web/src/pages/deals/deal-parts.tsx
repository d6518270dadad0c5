import { Button, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { DEAL_STAGE_NOTE_MAX } from '../../../../../libs/shared/labels/index.js';
import { send } from '../../api/query';
import type { Deal, DealParty, DealStage } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { PARTY_STATUS_NAMES, STAGE_NAMES } from '../../format';
import { FormModal } from '../../components/form-modal';
import { rules } from '../../components/form-rules';

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

/**
 * The broker's buttons: forward to each next stage, or drop the deal. Every move asks first, in
 * a dialog with an optional note (why it moved, what was agreed) that the deal's timeline keeps.
 */
export function MoveButtons({ deal, small, dropTitle }: { deal: Deal; small?: boolean; dropTitle: string }) {
  const [to, setTo] = useState<DealStage | null>(null);
  const size = small ? 'small' : undefined;
  return (
    <Space size={small ? 4 : undefined} wrap style={small ? { marginTop: 6, display: 'flex' } : undefined}>
      {deal.nextStages
        .filter((s) => s !== 'dropped')
        .map((s) => (
          <Button
            key={s}
            size={size}
            type="primary"
            onClick={() => setTo(s)}
            data-testid={small ? 'advance-deal' : undefined}
          >
            推进到「{STAGE_NAMES[s]}」
          </Button>
        ))}
      {deal.nextStages.includes('dropped') ? (
        <Button size={size} type={small ? 'link' : 'default'} danger onClick={() => setTo('dropped')}>
          {small ? '终止' : '终止对接'}
        </Button>
      ) : null}
      {/* mounted while asked only: a board shows many cards, each with these buttons */}
      {to ? <MoveDialog deal={deal} to={to} dropTitle={dropTitle} onClose={() => setTo(null)} /> : null}
    </Space>
  );
}

/** Confirms a move to `to`, with the note the timeline keeps (optional; the API takes DEAL_STAGE_NOTE_MAX characters). */
function MoveDialog({
  deal,
  to,
  dropTitle,
  onClose,
}: {
  deal: Deal;
  to: DealStage;
  dropTitle: string;
  onClose(): void;
}) {
  const signed = to === 'signed';
  const dropped = to === 'dropped';
  return (
    <FormModal<{ note?: string }, Deal>
      open
      name="deal-move"
      data-testid="deal-move-dialog"
      title={dropped ? '终止对接' : `推进到「${STAGE_NAMES[to]}」`}
      okText={signed ? '确认已签约' : dropped ? '终止' : '确认推进'}
      okButtonProps={{ danger: dropped, 'data-testid': signed ? 'confirm-signed' : 'confirm-move' }}
      fields={['note']}
      submit={({ note }) => {
        const said = note?.trim() || (dropped ? '经纪人终止对接' : '');
        return send<Deal>(`/deals/${deal.id}/stage`, 'POST', {
          to,
          version: deal.version,
          ...(said ? { note: said } : {}),
        });
      }}
      invalidates={['deals']}
      success={(d) => `已转到「${STAGE_NAMES[d.stage]}」`}
      onClose={onClose}
      onDone={onClose}
      intro={
        <Typography.Paragraph>
          {deal.title}
          {signed ? (
            // signing ends the deal for good: the stage cannot move again, and the contract follows from it
            <Typography.Text type="warning" style={{ display: 'block', marginTop: 8 }}>
              确认双方已签约？转到「已签约」后对接结束，阶段不能再改；卖方随后可据此填写技术合同、申请认定登记。
            </Typography.Text>
          ) : dropped ? (
            <Typography.Text type="danger" style={{ display: 'block', marginTop: 8 }}>
              {dropTitle}
            </Typography.Text>
          ) : null}
        </Typography.Paragraph>
      }
    >
      <Form.Item
        name="note"
        label={dropped ? '终止原因（选填）' : '备注（选填）'}
        extra="写入对接的进展时间线，参与方可见"
        rules={[rules.length(dropped ? '终止原因' : '备注', DEAL_STAGE_NOTE_MAX)]}
      >
        <Input.TextArea
          rows={3}
          maxLength={DEAL_STAGE_NOTE_MAX}
          showCount
          placeholder={dropped ? '如：买方暂缓技术改造计划' : '如：双方已确认技术参数，下周进入报价'}
        />
      </Form.Item>
    </FormModal>
  );
}
