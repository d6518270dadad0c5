import { Alert, App, Button, Descriptions, Empty, Form, Input, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { send, useAction, useGet } from '../../api/query';
import type { Deal } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { SideDrawer } from '../../components/side-drawer';
import { DetailTitle } from '../../components/section-heading';
import { dateTimeText, STAGE_NAMES } from '../../format';
import { CommissionTerms } from './commission';
import { MoveButtons, PartyStatusTag, STAGE_COLORS, useIsBroker } from './deal-parts';

const EVENT_NAMES: Record<string, string> = {
  opened: '发起对接',
  invited: '邀请参与方',
  accepted: '接受邀请',
  declined: '谢绝邀请',
  stage: '推进阶段',
  note: '记录进展',
  commission: '修改佣金条款',
};

export function DealDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  return (
    <SideDrawer title="对接详情" open={!!id} onClose={onClose} width={640}>
      {id ? <DealDetail id={id} /> : null}
    </SideDrawer>
  );
}

type Call = { what: 'accept' | 'decline' } | { what: 'note'; note: string };

/** One deal: its parties, the invited party's answer, the broker's moves, commission, timeline and notes. */
function DealDetail({ id }: { id: string }) {
  const { me } = useAuth();
  const isBroker = useIsBroker();
  const detail = useGet<Deal>(`/deals/${id}`);
  const [noteForm] = Form.useForm<{ note: string }>();
  const call = useAction(
    (c: Call) =>
      send<Deal>(
        `/deals/${id}/${c.what === 'note' ? 'notes' : c.what}`,
        'POST',
        c.what === 'note' ? { note: c.note } : undefined,
      ),
    { invalidates: ['deals'] },
  );
  const { message } = App.useApp();
  const run = (c: Call) =>
    call.mutate(c, {
      onSuccess: () => {
        void message.success(c.what === 'accept' ? '已接受邀请' : c.what === 'decline' ? '已谢绝邀请' : '已记录');
        if (c.what === 'note') noteForm.resetFields();
      },
    });
  const busy = (what: Call['what']) => call.isPending && call.variables?.what === what;

  if (detail.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (detail.error) return <Alert type="error" showIcon message={detail.error.message} />;
  const d = detail.data;
  const mine = d.parties.find((p) => p.orgId === me?.org.id);
  const broker = isBroker(d);
  const canNote = broker || mine?.status === 'accepted';
  const open = d.stage !== 'signed' && d.stage !== 'dropped';
  const notAccepted = d.parties.filter((p) => p.status !== 'accepted');
  const waiting = open && d.stage !== 'lead' && notAccepted.length ? notAccepted : null;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="deal-detail">
      <DetailTitle title={d.title}>
        <Tag color={STAGE_COLORS[d.stage]} data-testid="deal-stage">
          {STAGE_NAMES[d.stage]}
        </Tag>
      </DetailTitle>
      <Descriptions column={1} size="small" bordered>
        {d.parties.map((p) => (
          <Descriptions.Item key={p.orgId} label={p.role === 'seller' ? '卖方' : '买方'}>
            {p.name} <PartyStatusTag party={p} />
          </Descriptions.Item>
        ))}
        <Descriptions.Item label="发起时间">{dateTimeText(d.createdAt)}</Descriptions.Item>
        {d.needId ? (
          <Descriptions.Item label="技术需求">
            <Link to={`/listings/needs/${d.needId}`}>查看需求</Link>
          </Descriptions.Item>
        ) : null}
        {d.achievementId ? (
          <Descriptions.Item label="科技成果">
            <Link to={`/listings/achievements/${d.achievementId}`}>查看成果</Link>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {mine?.status === 'invited' && d.stage !== 'signed' && d.stage !== 'dropped' ? (
        <Alert
          type="info"
          showIcon
          message={d.brokered ? '经纪人邀请贵单位参与这项对接' : '对方单位邀请贵单位参与这项对接'}
          action={
            <Space>
              <Button
                type="primary"
                size="small"
                loading={busy('accept')}
                onClick={() => run({ what: 'accept' })}
                data-testid="accept-deal"
              >
                接受
              </Button>
              <Button size="small" loading={busy('decline')} onClick={() => run({ what: 'decline' })}>
                谢绝
              </Button>
            </Space>
          }
        />
      ) : null}
      {broker && waiting ? (
        <Alert
          type="warning"
          showIcon
          data-testid="deal-waiting"
          message={`等待${waiting.map((p) => p.name).join('、')}接受邀请：各参与方接受后才能继续推进对接。`}
        />
      ) : null}
      {broker && d.nextStages.length ? <MoveButtons deal={d} dropTitle="终止后不能恢复，确定终止？" /> : null}
      {/* a deal its parties run themselves has no broker to pay */}
      {d.brokered ? <CommissionTerms deal={d} editable={broker && open} /> : null}
      {d.stage === 'signed' && mine?.role === 'seller' ? (
        <Alert
          type="success"
          showIcon
          message="对接已签约：请卖方登记技术合同，提交所在地科技局认定登记。"
          action={
            <Link to={`/contracts?dealId=${d.id}`}>
              <Button type="primary" size="small" data-testid="register-contract">
                登记合同
              </Button>
            </Link>
          }
        />
      ) : d.stage === 'signed' ? (
        <Alert
          type="success"
          showIcon
          data-testid="deal-signed-next"
          message="对接已签约：下一步由卖方登记技术合同，并提交卖方所在地科技局认定登记；登记后计入技术合同成交额。"
        />
      ) : null}
      <div>
        <Typography.Title level={5}>进展时间线</Typography.Title>
        {d.timeline?.length ? (
          <Timeline
            data-testid="deal-timeline"
            items={d.timeline.map((e) => ({
              color:
                e.kind === 'stage' ? (e.toStage === 'dropped' ? 'red' : 'green') : e.kind === 'note' ? 'blue' : 'gray',
              children: (
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {dateTimeText(e.at)}
                  </Typography.Text>{' '}
                  <Typography.Text strong>{EVENT_NAMES[e.kind] ?? e.kind}</Typography.Text>
                  {e.toStage ? `：${e.fromStage ? `${STAGE_NAMES[e.fromStage]} → ` : ''}${STAGE_NAMES[e.toStage]}` : ''}
                  {e.note ? <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div> : null}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty description="还没有进展记录" />
        )}
      </div>
      {canNote ? (
        <Form form={noteForm} layout="vertical" onFinish={(v) => run({ what: 'note', note: v.note })}>
          <Form.Item name="note" label="记录进展" rules={[{ required: true, whitespace: true, message: '请填写进展' }]}>
            <Input.TextArea rows={3} maxLength={5000} placeholder="如：双方已完成技术交流，进入报价阶段" />
          </Form.Item>
          <Button htmlType="submit" loading={busy('note')} data-testid="add-note">
            添加记录
          </Button>
        </Form>
      ) : null}
    </Space>
  );
}
