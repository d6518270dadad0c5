import { Card } from 'antd';
import { useAuth } from '../auth/auth-context';
import { OrgsTab } from './admin/orgs-tab';

/** 机构管理 for a bureau admin: the organisations of its region subtree (verify, suspend, reinstate). */
export default function BureauOrgsPage() {
  const { me } = useAuth();
  return (
    <Card title={`本辖区机构 · ${me!.org.name}`}>
      <OrgsTab byPlatform={false} />
    </Card>
  );
}
