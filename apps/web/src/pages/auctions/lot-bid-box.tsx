import { Alert, App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { fenToYuan, groupThousands } from '../../../../../libs/shared/money/index.js';
import { send } from '../../api/query';
import type { ApiError } from '../../api/client';
import type { Lot } from '../../api/types';
import { fenToWanInput, wanToFen, wanYuan } from '../../format';
import { queryClient, queryKey } from '../../api/query';

/** An amount in both units a bidder checks it in: 元 to the fen and 万元. */
export const amountWords = (fen: string): string => `${groupThousands(fenToYuan(fen))} 元（${wanYuan(fen)}）`;

/**
 * The bid box of a registered bidder whose deposit is confirmed: the amount in 万元, prefilled
 * with the next minimum the server accepts (and following it while the bidder has not typed),
 * a confirmation that says the amount in 元 and 万元, and the server's refusal in its words.
 */
export function LotBidBox({ lot }: { lot: Lot }) {
  const { modal, message } = App.useApp();
  const [amount, setAmount] = useState<string | null>(fenToWanInput(lot.nextMinimumBidFen) ?? null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!touched) setAmount(fenToWanInput(lot.nextMinimumBidFen) ?? null);
  }, [lot.nextMinimumBidFen, touched]);

  const fen = amount ? wanToFen(amount) : undefined;
  const tooLow = fen !== undefined && BigInt(fen) < BigInt(lot.nextMinimumBidFen);

  const place = async (amountFen: string) => {
    setBusy(true);
    setError(null);
    try {
      await send(`/auctions/${lot.id}/bids`, 'POST', { amountFen }, true);
      void message.success(`已出价 ${wanYuan(amountFen)}`);
      setTouched(false);
      await queryClient.invalidateQueries({ queryKey: queryKey(`/auctions/${lot.id}`) });
    } catch (err) {
      setError((err as ApiError).message);
      await queryClient.invalidateQueries({ queryKey: queryKey(`/auctions/${lot.id}`), exact: true });
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    if (fen === undefined) return;
    modal.confirm({
      title: '确认出价',
      content: (
        <div data-testid="bid-confirm">
          <Typography.Paragraph>
            您将以本机构名义出价 <strong>{amountWords(fen)}</strong>。
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            出价一经提交不能撤回；以服务器收到的先后为准，若他人已先出更高价，本次出价将不被接受。
          </Typography.Paragraph>
        </div>
      ),
      okText: '确认出价',
      cancelText: '返回修改',
      okButtonProps: { 'data-testid': 'bid-confirm-ok' },
      onOk: () => place(fen),
    });
  };

  return (
    <Card title="出价" data-testid="bid-box">
      <Form layout="vertical" onFinish={confirm}>
        <Form.Item
          label="出价金额（万元）"
          validateStatus={fen === undefined || tooLow ? 'error' : undefined}
          help={
            fen === undefined
              ? '请填写出价金额'
              : tooLow
                ? `不能低于当前最低可出价 ${wanYuan(lot.nextMinimumBidFen)}`
                : amountWords(fen)
          }
        >
          <Space.Compact style={{ width: '100%', maxWidth: 360 }}>
            <InputNumber<string>
              stringMode
              min="0"
              value={amount}
              onChange={(v) => {
                setTouched(true);
                setAmount(v);
              }}
              style={{ width: '100%' }}
              data-testid="bid-amount"
            />
            <Button type="primary" htmlType="submit" loading={busy} disabled={fen === undefined || tooLow}>
              出价
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">
        当前最低可出价 {wanYuan(lot.nextMinimumBidFen)}，每次加价不少于 {wanYuan(lot.incrementFen)}。
      </Typography.Text>
      {error ? <Alert type="error" showIcon style={{ marginTop: 12 }} title={error} data-testid="bid-error" /> : null}
    </Card>
  );
}
