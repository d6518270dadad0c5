import { Button, Space, Tag, Typography } from 'antd';
import { usePaged } from '../../api/query';
import type { Deal } from '../../api/types';
import { useAuth } from '../../auth/auth-context';
import { EmptyState } from '../../components/empty-state';
import { PagedList } from '../../components/paged-list';
import { dateTimeText, STAGE_NAMES } from '../../format';
import { PartyStatusTag, STAGE_COLORS } from './deal-parts';
import { whenColumn } from '../../components/columns';

/** Every deal the caller may see, with its own organisation's part in it; a card a deal on a phone. */
export function DealList({ onOpen }: { onOpen(id: string): void }) {
  const list = usePaged<Deal>('/deals', {}, 10, (n) => `共 ${n} 项`);
  const { me } = useAuth();
  const stage = (d: Deal) => <Tag color={STAGE_COLORS[d.stage]}>{STAGE_NAMES[d.stage]}</Tag>;
  const myPart = (d: Deal) => {
    const mine = d.parties.find((p) => p.orgId === me?.org.id);
    if (!mine) return <Typography.Text type="secondary">经办</Typography.Text>;
    return (
      <Space size={4}>
        {mine.role === 'seller' ? '卖方' : '买方'}
        <PartyStatusTag party={mine} testId="my-party-status" />
      </Space>
    );
  };
  const title = (d: Deal) => <Typography.Link onClick={() => onOpen(d.id)}>{d.title}</Typography.Link>;
  return (
    <PagedList<Deal>
      list={list}
      scroll={{ x: 640 }}
      rowTestId="deal-row"
      empty={
        <EmptyState title="还没有对接项目" hint="经纪人或科技局为您的需求、成果发起对接后，会在这里邀请您参与。" />
      }
      card={(d) => ({
        title: title(d),
        lines: (
          <Space direction="vertical" size={4}>
            <Space size={8} wrap>
              {stage(d)}
              <span>我方：{myPart(d)}</span>
            </Space>
            <span>更新于 {dateTimeText(d.updatedAt)}</span>
          </Space>
        ),
      })}
      actions={(d) => (
        <Button size="small" onClick={() => onOpen(d.id)}>
          查看
        </Button>
      )}
      columns={[
        { title: '对接名称', dataIndex: 'title', render: (_: string, d) => title(d) },
        { title: '阶段', dataIndex: 'stage', width: 100, render: (_: string, d) => stage(d) },
        { title: '我方', key: 'me', width: 140, render: (_: unknown, d) => myPart(d) },
        whenColumn('更新时间', 'updatedAt', 150, { responsive: ['md'] }),
        {
          title: '操作',
          key: 'op',
          width: 120,
          render: (_: unknown, d) => (
            <Button size="small" onClick={() => onOpen(d.id)}>
              查看
            </Button>
          ),
        },
      ]}
    />
  );
}
