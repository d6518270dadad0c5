import { Card, List } from 'antd';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { Roadshow } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';
import { RoadshowPhaseTag, when, where } from './roadshow-words';

/** 我报名的路演: the organisation's registrations, latest first. */
export default function RegisteredRoadshowsPage() {
  const list = usePaged<Roadshow>('/roadshows/registered', {}, 20);
  return (
    <Card title="我报名的路演">
      <ErrorAlert error={list.error} />
      <List
        loading={list.table.loading}
        dataSource={list.table.dataSource}
        pagination={(list.data?.total ?? 0) > 20 ? { ...list.table.pagination, size: 'small' } : false}
        locale={{ emptyText: <EmptyState title="还没有报名路演" hint={<Link to="/roadshows">查看近期路演</Link>} /> }}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/roadshows/${r.id}`}>{r.title}</Link>}
              description={
                <>
                  <RoadshowPhaseTag r={r} /> {when(r)} · {where(r)} · {r.organiserName}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
