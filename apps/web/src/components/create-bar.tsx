import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Above a list: the button that adds to it, then filters (children), then a line on what the list is. */
export function CreateBar({
  label,
  onCreate,
  testId,
  hint,
  gap = 12,
  children,
}: {
  label: ReactNode;
  onCreate(): void;
  testId: string;
  hint: ReactNode;
  gap?: number;
  children?: ReactNode;
}) {
  return (
    <Space style={{ marginBottom: gap }} wrap>
      <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid={testId}>
        {label}
      </Button>
      {children}
      <Typography.Text type="secondary">{hint}</Typography.Text>
    </Space>
  );
}
