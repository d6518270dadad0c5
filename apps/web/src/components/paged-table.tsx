import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { Paged } from '../api/query';
import { ErrorAlert } from './error-alert';

/**
 * A server-paged list: the load error above it, the rows of the current page, the pager, and
 * what to say (and do) when there is nothing. Table props given here win over the list's.
 */
export function PagedTable<T extends object>({
  list,
  empty,
  ...table
}: { list: Paged<T>; empty?: ReactNode } & TableProps<T>) {
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<T>
        rowKey={'id' as TableProps<T>['rowKey']}
        {...list.table}
        {...(empty ? { locale: { emptyText: empty } } : {})}
        {...table}
      />
    </>
  );
}
