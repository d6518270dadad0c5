import { Button } from 'antd';
import { ConfirmButton } from './confirm-button';

/**
 * 停用 an active account (asked first: its holder is signed out at once) or 启用 a disabled one;
 * nothing for an invited one. The platform's users tab and an organisation's members page.
 */
export function AccountStatusButton({
  name,
  status,
  onDisable,
  onEnable,
  loading,
  disableTestId,
  enableTestId,
}: {
  name: string;
  status: 'active' | 'invited' | 'disabled';
  onDisable(): void;
  onEnable(): void;
  /** the enable button spins */
  loading?: boolean;
  disableTestId: string;
  enableTestId: string;
}) {
  if (status === 'active') {
    return (
      <ConfirmButton
        title={`停用${name}的账号？`}
        description="对方将立即退出登录，且无法再登录。"
        okText="停用"
        onConfirm={onDisable}
        data-testid={disableTestId}
      >
        停用
      </ConfirmButton>
    );
  }
  if (status === 'disabled') {
    return (
      <Button size="small" type="link" loading={loading} onClick={onEnable} data-testid={enableTestId}>
        启用
      </Button>
    );
  }
  return null;
}
