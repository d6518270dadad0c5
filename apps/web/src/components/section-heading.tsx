import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A section's title with its actions on the right. */
export function SectionHeading({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Space>
  );
}

/** A detail's title (a contract's, a deal's) with its status tags beside it, wrapping on a phone. */
export function DetailTitle({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Space wrap>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
      {children}
    </Space>
  );
}
