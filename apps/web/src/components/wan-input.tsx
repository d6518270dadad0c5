import { InputNumber, Typography } from 'antd';
import {
  FEN_PER_YI,
  fenToYuan,
  groupThousands,
  scaledAmountText,
  trimZeros,
  wanToFen,
} from '../../../../libs/shared/money/index.js';

/**
 * An amount typed in 万元 (a form control: Form.Item gives it value and onChange), with the amount
 * it means spelled out under it — 即 500,000,000 元（5 亿元） — so that 50000 typed as 元 into a
 * 万元 field is seen before it is sent.
 */
export function WanInput({
  id,
  value,
  onChange,
  placeholder,
}: {
  id?: string;
  value?: string | null;
  onChange?(v: string | null): void;
  placeholder?: string;
}) {
  const fen = wanToFen(value);
  return (
    <>
      <InputNumber<string>
        id={id}
        stringMode
        min="0"
        step="1"
        style={{ width: '100%' }}
        placeholder={placeholder}
        value={value}
        onChange={onChange}
      />
      {fen !== undefined && fen > 0n ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="wan-meaning">
          即 {groupThousands(trimZeros(fenToYuan(fen)))} 元{fen >= FEN_PER_YI ? `（${scaledAmountText(fen)}）` : ''}
        </Typography.Text>
      ) : null}
    </>
  );
}
