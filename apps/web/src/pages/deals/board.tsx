import { Alert, Badge, Button, Card, Skeleton, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useGet } from '../../api/query';
import type { Deal, DealBoard } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { dateTimeText, STAGE_NAMES } from '../../format';
import { MoveButtons, PartyStatusTag, STAGE_COLORS, useIsBroker } from './deal-parts';

/** The deals by stage, a column each; the broker moves a card on from the card itself. */
export function Board({
  scope,
  onOpen,
  canOpen,
}: {
  scope: 'broker' | 'region';
  onOpen(id: string): void;
  canOpen: boolean;
}) {
  const board = useGet<DealBoard>('/deals/board', { scope, perColumn: 20 });
  const isBroker = useIsBroker();
  if (board.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (board.error) return <Alert type="error" showIcon message={board.error.message} />;
  const columns = board.data.columns;
  if (columns.every((c) => c.total === 0))
    return (
      <EmptyState
        title="看板上还没有对接项目"
        hint={
          canOpen
            ? '在技术需求或科技成果的“匹配结果”页点击“发起对接”，对接项目会出现在这里。'
            : '经纪人发起对接后，对接项目会按阶段出现在这里。'
        }
        action={
          <Link to="/search">
            <Button>去找需求和成果</Button>
          </Link>
        }
      />
    );
  return (
    <div className="kanban" data-testid="deal-board">
      {columns.map((col) => (
        <div key={col.stage} className="kanban-column" data-testid={`column-${col.stage}`}>
          <div className="kanban-column-head">
            <Tag color={STAGE_COLORS[col.stage]}>{STAGE_NAMES[col.stage]}</Tag>
            <Badge count={col.total} showZero color="#bfbfbf" />
          </div>
          {col.items.length === 0 ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              暂无
            </Typography.Text>
          ) : null}
          {col.items.map((d) => (
            <DealCard key={d.id} deal={d} canMove={isBroker(d)} onOpen={() => onOpen(d.id)} />
          ))}
        </div>
      ))}
    </div>
  );
}

/** A deal past its first stage moves on only once its parties accepted (the card tags who has not). */
function waitsForParties(d: Deal): boolean {
  if (d.stage === 'lead' || d.stage === 'signed' || d.stage === 'dropped') return false;
  return d.parties.some((p) => p.status !== 'accepted');
}

function DealCard({ deal: d, canMove, onOpen }: { deal: Deal; canMove: boolean; onOpen(): void }) {
  return (
    <Card size="small" className="kanban-card" data-testid="deal-card" styles={{ body: { padding: 10 } }}>
      <Typography.Link strong onClick={onOpen} data-testid="deal-title">
        {d.title}
      </Typography.Link>
      <div style={{ margin: '6px 0' }}>
        {d.parties.map((p) => (
          <div key={p.orgId} style={{ fontSize: 12 }}>
            {p.role === 'seller' ? '卖方' : '买方'}：{p.name}{' '}
            <PartyStatusTag party={p} style={{ fontSize: 11, marginInlineEnd: 0 }} />
          </div>
        ))}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        更新于 {dateTimeText(d.updatedAt)}
      </Typography.Text>
      {canMove && d.nextStages.length ? (
        <MoveButtons deal={d} small dropTitle="终止后不能恢复，确定终止这项对接？" />
      ) : null}
      {canMove && waitsForParties(d) ? (
        <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }} data-testid="deal-card-waiting">
          各方接受邀请后才能继续推进
        </Typography.Text>
      ) : null}
    </Card>
  );
}
