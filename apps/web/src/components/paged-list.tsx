import { Grid, List, Table, type TableProps } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import type { Paged } from '../api/query';
import { ErrorAlert } from './error-alert';

export type PagedListProps<T> = {
  list: Paged<T>;
  empty: ReactNode;
  /** what a phone shows of a row */
  card(row: T): { title: ReactNode; lines: ReactNode };
  /** what may be done with a row, under its card on a phone */
  actions?(row: T): ReactNode;
  rowTestId?: string;
} & TableProps<T>;

/**
 * A server-paged list that reads on any screen: a table from a tablet's width up, on a phone one
 * card a row (its title and a few lines) — the same rows, the same pager, the same empty state.
 * Table props given here (columns, scroll, …) win over the list's.
 */
export function PagedList<T extends object>({ list, empty, card, actions, rowTestId, ...table }: PagedListProps<T>) {
  const narrow = !Grid.useBreakpoint().md;
  const { pagination } = list.table;
  return (
    <>
      <ErrorAlert error={list.error} />
      {narrow ? (
        <List<T>
          // the actions under the card's lines, not squeezing them from the right
          itemLayout="vertical"
          loading={list.table.loading}
          dataSource={list.table.dataSource}
          locale={{ emptyText: empty }}
          pagination={pagination.total > pagination.pageSize ? { ...pagination, size: 'small' } : false}
          renderItem={(row) => {
            const { title, lines } = card(row);
            return (
              <List.Item data-testid={rowTestId} actions={actions ? [actions(row)] : undefined}>
                <List.Item.Meta title={title} description={lines} />
              </List.Item>
            );
          }}
        />
      ) : (
        <Table<T>
          rowKey={'id' as TableProps<T>['rowKey']}
          {...list.table}
          pagination={{ ...pagination, showSizeChanger: false }}
          locale={{ emptyText: empty }}
          onRow={rowTestId ? () => ({ 'data-testid': rowTestId }) as HTMLAttributes<HTMLElement> : undefined}
          {...table}
        />
      )}
    </>
  );
}
