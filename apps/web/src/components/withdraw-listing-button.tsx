import type { ButtonProps } from 'antd';
import { ConfirmButton } from './confirm-button';

/** 撤回 of a submitted or published listing (its page, 我的发布): asks first, saying what follows. */
export function WithdrawListingButton({
  status,
  onConfirm,
  ...button
}: { status: string; onConfirm(): Promise<unknown> } & Pick<ButtonProps, 'size' | 'loading'> & {
    'data-testid'?: string;
  }) {
  if (status !== 'submitted' && status !== 'published') return null;
  return (
    <ConfirmButton
      title="确定撤回？"
      description="撤回后不再公开展示，也不再参与匹配；可修改后重新提交审核。"
      okText="撤回"
      onConfirm={onConfirm}
      type="default"
      {...button}
    >
      撤回
    </ConfirmButton>
  );
}
