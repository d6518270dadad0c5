import { Button, Popconfirm, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * A button that asks before it does something that cannot be undone: the one way the app asks
 * for a confirmation. By default a small red link; `type`, `size` and `danger` make it any other
 * button. While `onConfirm`'s promise runs, the OK button spins.
 */
export function ConfirmButton({
  title,
  description,
  okText,
  cancelText = '取消',
  okTestId,
  danger = true,
  onConfirm,
  children,
  ...button
}: {
  title: ReactNode;
  description?: ReactNode;
  okText: string;
  cancelText?: string;
  /** a test id for the OK button of the confirmation */
  okTestId?: string;
  danger?: boolean;
  onConfirm(): void | Promise<unknown>;
  children: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'title'> & { 'data-testid'?: string }) {
  return (
    <Popconfirm
      title={title}
      description={description ? <div style={{ maxWidth: 300 }}>{description}</div> : undefined}
      okText={okText}
      okButtonProps={{ danger, ...(okTestId ? { 'data-testid': okTestId } : {}) } as ButtonProps}
      cancelText={cancelText}
      onConfirm={onConfirm}
    >
      <Button size="small" type="link" danger={danger} {...button}>
        {children}
      </Button>
    </Popconfirm>
  );
}
