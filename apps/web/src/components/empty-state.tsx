import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** An empty list that says what to do next. */
export function EmptyState({ title, hint, action }: { title: string; hint?: ReactNode; action?: ReactNode }) {
  return (
    <Empty
      style={{ padding: '40px 0' }}
      description={
        <div>
          <div style={{ fontSize: 15 }}>{title}</div>
          {hint ? <div style={{ color: 'rgba(0,0,0,.45)', marginTop: 4 }}>{hint}</div> : null}
        </div>
      }
    >
      {action}
    </Empty>
  );
}
