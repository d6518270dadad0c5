import { Card, Space, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { SearchItem } from '../api/types';
import {
  COOPERATION_MODE_NAMES,
  dateText,
  KIND_NAMES,
  ORG_TYPE_NAMES,
  TRANSFER_MODE_NAMES,
  trlText,
  wanYuan,
} from '../format';
import { Highlighted } from './highlighted';
import { useRegionName } from './reference-data';

const KIND_PATH = { need: 'needs', achievement: 'achievements', challenge: 'challenges' } as const;

function priceText(item: SearchItem): string {
  if (item.kind === 'achievement')
    return item.negotiable || item.priceFen === null ? '价格面议' : `转让价 ${wanYuan(item.priceFen)}`;
  if (item.kind === 'challenge') return `榜额 ${wanYuan(item.rewardFen ?? item.priceFen)}`;
  if (item.budgetMaxFen)
    return `预算 ${item.budgetMinFen ? `${wanYuan(item.budgetMinFen)}–` : '≤ '}${wanYuan(item.budgetMaxFen)}`;
  return '预算面议';
}

/** One search hit: highlighted title and snippet, field, region, price, modes. */
export function ListingCard({ item, fieldNames }: { item: SearchItem; fieldNames: Record<string, string> }) {
  const region = useRegionName(item.regionCode);
  const modes =
    item.kind === 'achievement'
      ? (item.transferModes ?? []).map((m) => TRANSFER_MODE_NAMES[m] ?? m)
      : (item.cooperationModes ?? []).map((m) => COOPERATION_MODE_NAMES[m] ?? m);
  return (
    <Card size="small" className="search-hit" data-testid="search-hit" style={{ marginBottom: 12 }}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/listings/${KIND_PATH[item.kind]}/${item.id}`} style={{ fontSize: 16, fontWeight: 700 }}>
          <Highlighted html={item.highlight?.title || item.title} />
        </Link>
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          <Highlighted html={item.highlight?.description || item.description} />
        </Typography.Paragraph>
        <Space size={[4, 4]} wrap>
          <Tag color="blue">{KIND_NAMES[item.kind]}</Tag>
          {fieldNames[item.techFieldCode] ? <Tag>{fieldNames[item.techFieldCode]}</Tag> : null}
          {item.trl ? (
            <Tooltip title={trlText(item.trl)}>
              <Tag color="green">技术成熟度 {item.trl} 级</Tag>
            </Tooltip>
          ) : null}
          {modes.slice(0, 3).map((m) => (
            <Tag key={m}>{m}</Tag>
          ))}
          <Typography.Text type="secondary">{region}</Typography.Text>
          <Typography.Text type="secondary">
            {item.anonymous ? '匿名发布' : (item.orgName ?? ORG_TYPE_NAMES[item.orgType])}
          </Typography.Text>
          <Typography.Text strong>{priceText(item)}</Typography.Text>
          <Typography.Text type="secondary">{dateText(item.publishedAt)}</Typography.Text>
        </Space>
      </Space>
    </Card>
  );
}
