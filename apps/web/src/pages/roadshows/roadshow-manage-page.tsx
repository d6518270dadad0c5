import { Button, Card, Form, Input, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { send, useAction, usePaged } from '../../api/query';
import type { Roadshow } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';
import { FormModal } from '../../components/form-modal';
import { RoadshowFormModal } from './roadshow-form';
import { RoadshowItemsModal } from './roadshow-items-modal';
import { RoadshowParticipantsDrawer } from './roadshow-participants';
import { RoadshowPhaseTag, when, where } from './roadshow-words';
import { ConfirmButton } from '../../components/confirm-button';

const editable = (r: Roadshow) => r.phase === 'draft' || r.phase === 'upcoming';

/** 主办路演: the organiser's roadshows, drafts included — create, present, publish, cancel, see who came. */
export default function RoadshowManagePage() {
  const list = usePaged<Roadshow>('/roadshows/mine', {}, 20);
  const [form, setForm] = useState<{ editing: Roadshow | null } | null>(null);
  const [items, setItems] = useState<Roadshow | null>(null);
  const [cancelling, setCancelling] = useState<Roadshow | null>(null);
  const [participants, setParticipants] = useState<Roadshow | null>(null);
  const publish = useAction((r: Roadshow) => send(`/roadshows/${r.id}/publish`, 'POST', { version: r.version }), {
    invalidates: ['roadshows'],
    success: '已发布，开放报名',
  });
  return (
    <Card
      title="主办路演"
      extra={
        <Button type="primary" onClick={() => setForm({ editing: null })} data-testid="new-roadshow">
          新建路演
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        新建的路演先保存为草稿；选好推介项目后发布，即对外公开并开放报名。路演开始后可登记各机构到场情况。
      </Typography.Paragraph>
      <ErrorAlert error={list.error} />
      <Table<Roadshow>
        rowKey="id"
        {...list.table}
        scroll={{ x: 900 }}
        locale={{
          emptyText: <EmptyState title="还没有主办的路演" hint="点击“新建路演”，填写时间、形式和地点。" />,
        }}
        columns={[
          {
            title: '路演',
            dataIndex: 'title',
            render: (t: string, r) => (r.phase === 'draft' ? t : <Link to={`/roadshows/${r.id}`}>{t}</Link>),
          },
          { title: '时间（北京时间）', key: 'when', width: 230, render: (_, r) => when(r) },
          { title: '地点', key: 'where', width: 170, responsive: ['lg'], render: (_, r) => where(r) },
          { title: '推介', key: 'items', width: 70, align: 'right', render: (_, r) => `${r.items.length} 项` },
          { title: '报名', dataIndex: 'registeredCount', width: 70, align: 'right', render: (n: number) => `${n} 家` },
          { title: '状态', dataIndex: 'phase', width: 90, render: (_, r) => <RoadshowPhaseTag r={r} /> },
          {
            title: '操作',
            key: 'op',
            width: 300,
            render: (_, r) => (
              <Space wrap size="small">
                {editable(r) ? (
                  <>
                    <Button size="small" onClick={() => setForm({ editing: r })}>
                      修改
                    </Button>
                    <Button size="small" onClick={() => setItems(r)} data-testid="roadshow-items">
                      推介项目
                    </Button>
                  </>
                ) : null}
                {r.phase === 'draft' ? (
                  <ConfirmButton
                    title="发布这场路演？"
                    description="发布后对所有人公开，各机构可以报名。"
                    okText="发布"
                    onConfirm={() => publish.mutateAsync(r).catch(() => undefined)}
                    danger={false}
                    size="small"
                    type="primary"
                    data-testid="publish-roadshow"
                  >
                    发布
                  </ConfirmButton>
                ) : null}
                {r.phase === 'upcoming' ? (
                  <Button size="small" danger onClick={() => setCancelling(r)}>
                    取消路演
                  </Button>
                ) : null}
                {r.phase !== 'draft' ? (
                  <Button size="small" onClick={() => setParticipants(r)} data-testid="roadshow-participants">
                    报名情况
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <RoadshowFormModal open={!!form} editing={form?.editing ?? null} onClose={() => setForm(null)} />
      <RoadshowItemsModal roadshow={items} onClose={() => setItems(null)} />
      <RoadshowParticipantsDrawer roadshow={participants} onClose={() => setParticipants(null)} />
      <FormModal<{ reason?: string }>
        open={!!cancelling}
        title="取消路演"
        okText="确定取消"
        okButtonProps={{ danger: true }}
        fields={['reason']}
        submit={(v) =>
          send(`/roadshows/${cancelling!.id}/cancel`, 'POST', { version: cancelling!.version, reason: v.reason ?? '' })
        }
        invalidates={['roadshows']}
        success="路演已取消，报名机构会看到取消理由"
        onClose={() => setCancelling(null)}
        onDone={() => setCancelling(null)}
        intro={<Typography.Paragraph>{cancelling?.title}</Typography.Paragraph>}
      >
        <Form.Item name="reason" label="取消理由（报名机构可见）" required>
          <Input.TextArea rows={3} maxLength={500} placeholder="如：主讲专家行程调整，改期另行通知" />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
