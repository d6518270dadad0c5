import { api, ApiError } from '../../api/client';
import type { ListingView, MatchResult } from '../../api/types';
import { OpenDealModal } from '../../components/open-deal-modal';
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
  const needId = source.kind === 'need' ? source.id : match.id;
  const achievementId = source.kind === 'achievement' ? source.id : match.id;
  const needTitle = source.kind === 'need' ? source.title : match.title;
  const achievementTitle = source.kind === 'need' ? match.title : source.title;
  return (
    <OpenDealModal
      open={open}
      onClose={onClose}
      dialogTitle="发起对接"
      okText="发起"
      initialTitle={`${needTitle} × ${achievementTitle}`}
      intro="成果方为卖方、需求方为买方，双方接受邀请后即可推进对接。"
      noteLabel="备注"
      notePlaceholder="如：已与双方电话沟通，约定下周面谈"
      success="已发起对接，等待双方接受邀请"
      deal={async () => {
        const other = await api<ListingView>(`/listings/${KIND_PATH[match.kind]}/${match.id}`);
        const need = source.kind === 'need' ? source : other;
        const achievement = source.kind === 'achievement' ? source : other;
        if (!need.orgId || !achievement.orgId)
          throw new ApiError(
            0,
            'ANONYMOUS_LISTING',
            '匿名发布的信息不公开单位，无法直接发起对接；请联系所在地科技局协助。',
          );
        return {
          needId,
          achievementId,
          matchRef: `match:${needId}:${achievementId}`,
          parties: [
            { orgId: achievement.orgId, role: 'seller' },
            { orgId: need.orgId, role: 'buyer' },
          ],
        };
      }}
    />
  );
}
