import { Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { Deal, ListingView, MatchResult } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { KIND_PATH } from './match-names';

/** 发起对接: a broker (or an organisation's admin) opens a deal between the two listings' organisations. */
export function OpenDealDialog({
  source,
  match,
  open,
  onClose,
}: {
  source: ListingView;
  match: MatchResult;
  open: boolean;
  onClose(): void;
}) {
  const navigate = useNavigate();
  const needId = source.kind === 'need' ? source.id : match.id;
  const achievementId = source.kind === 'achievement' ? source.id : match.id;

  const submit = async (v: { title: string; note?: string }) => {
    const other = await api<ListingView>(`/listings/${KIND_PATH[match.kind]}/${match.id}`);
    const need = source.kind === 'need' ? source : other;
    const achievement = source.kind === 'achievement' ? source : other;
    if (!need.orgId || !achievement.orgId)
      throw new ApiError(
        0,
        'ANONYMOUS_LISTING',
        '匿名发布的信息不公开单位，无法直接发起对接；请联系所在地科技局协助。',
      );
    return api<Deal>('/deals', {
      method: 'POST',
      idempotent: true,
      body: {
        title: v.title,
        needId,
        achievementId,
        matchRef: `match:${needId}:${achievementId}`,
        parties: [
          { orgId: achievement.orgId, role: 'seller' },
          { orgId: need.orgId, role: 'buyer' },
        ],
        ...(v.note ? { note: v.note } : {}),
      },
    });
  };

  const title =
    `${source.kind === 'need' ? source.title : match.title} × ${source.kind === 'need' ? match.title : source.title}`.slice(
      0,
      200,
    );
  return (
    <FormModal<{ title: string; note?: string }, Deal>
      open={open}
      title="发起对接"
      okText="发起"
      initialValues={{ title }}
      fields={['title', 'note']}
      submit={submit}
      invalidates={['deals']}
      success="已发起对接，等待双方接受邀请"
      onClose={onClose}
      onDone={(deal) => {
        onClose();
        void navigate(`/deals?deal=${deal.id}`);
      }}
      intro={
        <Typography.Paragraph type="secondary">
          成果方为卖方、需求方为买方，双方接受邀请后即可推进对接。
        </Typography.Paragraph>
      }
    >
      <Form.Item name="title" label="对接名称" rules={[{ required: true, message: '请填写对接名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label="备注">
        <Input.TextArea rows={3} maxLength={5000} placeholder="如：已与双方电话沟通，约定下周面谈" />
      </Form.Item>
    </FormModal>
  );
}
