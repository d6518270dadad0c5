import { Button, Card, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { Roadshow } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { hostsRoadshows, RoadshowPhaseTag, when, where } from './roadshow-words';

/** 路演活动: every published roadshow, upcoming ones first, readable without login. */
export default function RoadshowsPage() {
  const { me } = useAuth();
  const [tab, setTab] = useState<'upcoming' | 'past'>('upcoming');
  const list = usePaged<Roadshow>('/roadshows', { when: tab }, 20);
  const empty =
    tab === 'upcoming' ? (
      <EmptyState
        title="近期没有路演活动"
        hint="科技局、高校院所和技术转移机构会在这里发布成果路演，报名后即可参加。"
      />
    ) : (
      <EmptyState title="还没有往期路演" />
    );
  const body = (
    <>
      <PagedList<Roadshow>
        list={list}
        empty={empty}
        rowTestId="roadshow-item"
        card={(r) => ({
          title: <Link to={`/roadshows/${r.id}`}>{r.title}</Link>,
          lines: (
            <>
              <div>
                <RoadshowPhaseTag r={r} /> {when(r)}
              </div>
              <div>
                {r.organiserName} · {where(r)} · 已报名 {r.registeredCount} 家
              </div>
            </>
          ),
        })}
        columns={[
          { title: '路演', dataIndex: 'title', render: (t: string, r) => <Link to={`/roadshows/${r.id}`}>{t}</Link> },
          { title: '主办方', dataIndex: 'organiserName', width: 200 },
          { title: '时间（北京时间）', key: 'when', width: 240, render: (_, r) => when(r) },
          { title: '地点', key: 'where', width: 200, render: (_, r) => where(r) },
          { title: '推介项目', key: 'items', align: 'right', width: 90, render: (_, r) => r.items.length },
          { title: '已报名', dataIndex: 'registeredCount', align: 'right', width: 80 },
          { title: '状态', dataIndex: 'phase', width: 90, render: (_, r) => <RoadshowPhaseTag r={r} /> },
        ]}
      />
    </>
  );
  return (
    <Card
      title="路演活动"
      extra={
        <Space>
          {me ? <Link to="/roadshows/registered">我报名的</Link> : null}
          {hostsRoadshows(me) ? (
            <Link to="/roadshows/manage">
              <Button type="primary" data-testid="manage-roadshows">
                主办路演
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        成果路演集中推介已发布的科技成果和竞价标的，线上或线下举办。报名后可获得线上参会链接；路演后达成的对接项目计入地区技术转移统计。
      </Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as 'upcoming' | 'past')}
        items={[
          { key: 'upcoming', label: '报名中和进行中', children: tab === 'upcoming' ? body : null },
          { key: 'past', label: '往期', children: tab === 'past' ? body : null },
        ]}
      />
    </Card>
  );
}
