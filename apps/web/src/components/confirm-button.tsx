import { Button, Popconfirm, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';

/** A small link-style button that asks before it does something that cannot be undone. */
export function ConfirmButton({
  title,
  description,
  okText,
  danger = true,
  onConfirm,
  children,
  ...button
}: {
  title: string;
  description?: ReactNode;
  okText: string;
  danger?: boolean;
  onConfirm(): void | Promise<unknown>;
  children: ReactNode;
} & Omit<ButtonProps, 'onClick' | 'title'> & { 'data-testid'?: string }) {
  return (
    <Popconfirm
      title={title}
      description={description}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText="取消"
      onConfirm={onConfirm}
    >
      <Button size="small" type="link" danger={danger} {...button}>
        {children}
      </Button>
    </Popconfirm>
  );
}
