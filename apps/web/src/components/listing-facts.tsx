import { Descriptions } from 'antd';
import type { ListingView } from '../api/types';
import {
  ACHIEVEMENT_TYPE_NAMES,
  COOPERATION_MODE_NAMES,
  dateText,
  ORG_TYPE_NAMES,
  STATUS_NAMES,
  TRANSFER_MODE_NAMES,
  trlText,
  wanYuan,
} from '../format';
import { challengeOpen } from './challenge-panel';
import { useRegionName, useTechFields } from './reference-data';

/**
 * The facts of a need, an achievement or a challenge (owner, region, field, money, dates,
 * modes, contact) as a table: on its detail page, and in the review queue's expanded row so
 * that a reviewer reads them without opening the listing.
 */
export function ListingFacts({
  listing: l,
  column = { xs: 1, md: 2 },
}: {
  listing: ListingView;
  column?: number | { xs: number; md: number };
}) {
  const fields = useTechFields();
  const region = useRegionName(l.regionCode);
  return (
    <Descriptions column={column} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label="发布单位">
        {l.anonymous && !l.orgName ? '匿名发布' : (l.orgName ?? '—')}（{ORG_TYPE_NAMES[l.orgType]}）
      </Descriptions.Item>
      <Descriptions.Item label="所在地区">{region}</Descriptions.Item>
      <Descriptions.Item label="技术领域">{fields[l.techFieldCode] ?? l.techFieldCode}</Descriptions.Item>
      {l.publishedAt || !l.submittedAt ? (
        <Descriptions.Item label="发布日期">{dateText(l.publishedAt)}</Descriptions.Item>
      ) : (
        <Descriptions.Item label="提交日期">{dateText(l.submittedAt)}</Descriptions.Item>
      )}
      {l.kind === 'achievement' ? (
        <>
          <Descriptions.Item label="成果类型">
            {ACHIEVEMENT_TYPE_NAMES[l.achievementType ?? ''] ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="技术成熟度">{trlText(l.trl)}</Descriptions.Item>
          <Descriptions.Item label="转化方式">
            {(l.transferModes ?? []).map((m) => TRANSFER_MODE_NAMES[m] ?? m).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label="价格">
            {l.negotiable || l.priceFen == null ? '面议' : wanYuan(l.priceFen)}
          </Descriptions.Item>
          {l.registryNumber ? <Descriptions.Item label="成果登记号">{l.registryNumber}</Descriptions.Item> : null}
        </>
      ) : null}
      {l.kind === 'need' ? (
        <>
          <Descriptions.Item label="预算">
            {l.budgetMaxFen
              ? `${l.budgetMinFen ? `${wanYuan(l.budgetMinFen)} – ` : ''}${wanYuan(l.budgetMaxFen)}`
              : '面议'}
          </Descriptions.Item>
          <Descriptions.Item label="截止日期">{l.deadline ? dateText(l.deadline) : '长期有效'}</Descriptions.Item>
          <Descriptions.Item label="合作方式">
            {(l.cooperationModes ?? []).map((m) => COOPERATION_MODE_NAMES[m] ?? m).join('、') || '—'}
          </Descriptions.Item>
          {l.industry ? <Descriptions.Item label="所属行业">{l.industry}</Descriptions.Item> : null}
        </>
      ) : null}
      {l.kind === 'challenge' ? (
        <>
          <Descriptions.Item label="榜额">{wanYuan(l.rewardFen)}</Descriptions.Item>
          <Descriptions.Item label="揭榜截止">{dateText(l.deadline)}</Descriptions.Item>
          <Descriptions.Item label="揭榜状态">
            {l.awardedApplicationId
              ? '已确定揭榜方'
              : challengeOpen(l)
                ? '揭榜中'
                : l.status === 'published'
                  ? '已截止'
                  : (STATUS_NAMES[l.status] ?? l.status)}
          </Descriptions.Item>
        </>
      ) : null}
      {l.contactName ? (
        <Descriptions.Item label="联系人">
          {l.contactName} {l.contactPhone ?? ''}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
