import { Table, Tag, type TableColumnsType } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import type { LoanAuthorisation } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { dateText } from '../../format';

/**
 * The authorisations between enterprises and banks, as either side lists them: who (`lead`), when
 * granted, whether still in force (or when revoked), and what this side may do (`action`).
 */
export function AuthorisationTable({
  list,
  lead,
  action,
  statusWidth,
  scrollX,
  empty,
}: {
  list: UseQueryResult<LoanAuthorisation[], ApiError>;
  lead: TableColumnsType<LoanAuthorisation>;
  action: TableColumnsType<LoanAuthorisation>[number];
  statusWidth: number;
  scrollX: number;
  empty: ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={list.error} />
      <Table<LoanAuthorisation>
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: scrollX }}
        locale={{ emptyText: empty }}
        columns={[
          ...lead,
          { title: '授权时间', dataIndex: 'grantedAt', width: 120, render: (d: string) => dateText(d) },
          {
            title: '状态',
            key: 'active',
            width: statusWidth,
            render: (_: unknown, a) =>
              a.active ? <Tag color="green">有效</Tag> : <Tag>已于 {dateText(a.revokedAt)} 撤销</Tag>,
          },
          action,
        ]}
      />
    </>
  );
}
