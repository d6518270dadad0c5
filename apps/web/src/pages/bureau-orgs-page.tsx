import { Card } from 'antd';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/auth-context';
import { useWaiting, WaitingBadge } from '../components/waiting-counts';
import { OrgsTab } from './admin/orgs-tab';

/** 机构管理 for a bureau admin: the organisations of its region subtree (verify, suspend, reinstate). */
export default function BureauOrgsPage() {
  const { me, can } = useAuth();
  const pending = useWaiting('orgs');
  return (
    <Card
      title={`本辖区机构 · ${me!.org.name}`}
      extra={
        // the review queue lists them alone, with the decisions
        pending && can('listing:review') ? (
          <Link to="/review" data-testid="pending-orgs-link">
            待审核机构
            <WaitingBadge count={pending} />
          </Link>
        ) : null
      }
    >
      <OrgsTab byPlatform={false} />
    </Card>
  );
}
