import { Checkbox, Drawer, Table, Typography } from 'antd';
import { send, useAction, useGet } from '../../api/query';
import type { Roadshow, RoadshowParticipants } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { dateTimeText } from '../../format';

type Registration = RoadshowParticipants['registrations'][number];

/** 报名情况: who registered, who came (recorded from the start on), and the deals that followed. */
export function RoadshowParticipantsDrawer({ roadshow, onClose }: { roadshow: Roadshow | null; onClose(): void }) {
  const q = useGet<RoadshowParticipants>(roadshow ? `/roadshows/${roadshow.id}/participants` : null);
  const started = roadshow?.phase === 'ongoing' || roadshow?.phase === 'ended';
  const mark = useAction(
    (v: { orgId: string; attended: boolean }) =>
      send(`/roadshows/${roadshow!.id}/attendance`, 'POST', { orgIds: [v.orgId], attended: v.attended }),
    { invalidates: ['roadshows'], success: '已登记到场情况' },
  );
  return (
    <Drawer open={!!roadshow} onClose={onClose} title={`报名情况：${roadshow?.title ?? ''}`} width={640}>
      <ErrorAlert error={q.error} />
      <Typography.Paragraph type="secondary">
        {started
          ? `已报名 ${q.data?.registrations.length ?? 0} 家，到场 ${q.data?.attendedCount ?? 0} 家；路演后达成的对接项目 ${q.data?.dealIds.length ?? 0} 项。`
          : '路演开始后可以登记各机构是否到场。'}
      </Typography.Paragraph>
      <Table<Registration>
        rowKey="orgId"
        size="small"
        loading={q.isFetching}
        dataSource={q.data?.registrations ?? []}
        pagination={false}
        locale={{ emptyText: '还没有机构报名' }}
        columns={[
          { title: '机构', dataIndex: 'orgName' },
          { title: '报名时间', dataIndex: 'registeredAt', width: 170, render: (v: string) => dateTimeText(v) },
          {
            title: '到场',
            dataIndex: 'attended',
            width: 80,
            render: (v: boolean | null, r) => (
              <Checkbox
                checked={v === true}
                disabled={!started || mark.isPending}
                aria-label={`${r.orgName}到场`}
                data-testid="roadshow-attended"
                onChange={(e) => mark.mutate({ orgId: r.orgId, attended: e.target.checked })}
              />
            ),
          },
        ]}
      />
    </Drawer>
  );
}
