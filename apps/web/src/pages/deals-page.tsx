import { Card } from 'antd';
import { EmptyState } from '../components/empty-state';

export default function Page() {
  return (
    <Card title="对接看板">
      <EmptyState title="即将开放" />
    </Card>
  );
}
