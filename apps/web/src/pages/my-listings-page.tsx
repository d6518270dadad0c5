import { Card } from 'antd';
import { EmptyState } from '../components/empty-state';

export default function Page() {
  return (
    <Card title="我的发布">
      <EmptyState title="即将开放" />
    </Card>
  );
}
