import { Alert, Table, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { queryClient, useGet } from '../../api/query';
import type { Page } from '../../api/client';
import type { ImportJob, ImportProblem } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorAlert } from '../../components/error-alert';

/** The problems of each pass of an import job, paged; says when only the first N of them are listed. */
export function Problems({ job, running }: { job: ImportJob; running: boolean }) {
  const [phase, setPhase] = useState<'dry_run' | 'commit'>(job.phase);
  useEffect(() => setPhase(job.phase), [job.phase]);
  const tabs =
    job.phase === 'commit'
      ? [
          { key: 'dry_run', label: '校验发现的问题' },
          { key: 'commit', label: '导入时跳过的行' },
        ]
      : [{ key: 'dry_run', label: '校验发现的问题' }];
  return (
    <>
      <Tabs activeKey={phase} onChange={(k) => setPhase(k as 'dry_run' | 'commit')} items={tabs} />
      <ProblemTable key={phase} job={job} phase={phase} running={running} />
    </>
  );
}

function ProblemTable({ job, phase, running }: { job: ImportJob; phase: 'dry_run' | 'commit'; running: boolean }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const found = job.problemsFound[phase];
  const listed = job.problemsListed[phase];
  const path = `/imports/${job.id}/problems`;
  const list = useGet<Page<ImportProblem>>(path, { phase, page, pageSize }, { keepPrevious: true });
  // new problems arrive as the worker goes through the file
  const counter = phase === 'commit' ? job.skippedRows : job.problemRows;
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['imports', job.id, 'problems'] });
  }, [job.id, counter, job.status]);
  return (
    <>
      <ErrorAlert error={list.error} />
      {found > listed ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="problems-truncated"
          title={`共发现 ${found} 个问题，仅列出前 ${listed} 个（按行号排序）`}
          description="问题太多时只保存前面的部分；请按已列出的问题修改文件后重新上传，再查看其余问题。"
        />
      ) : null}
      <Table<ImportProblem>
        rowKey={(p) => `${p.row}-${p.column}-${p.code}`}
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 560 }}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (n) => (found > n ? `列出 ${n} 个，共发现 ${found} 个问题` : `共 ${n} 个问题`),
        }}
        locale={{
          emptyText: (
            <EmptyState
              title={running ? '正在检查…' : '没有发现问题'}
              hint={
                phase === 'dry_run'
                  ? '每一行都按模板的要求和代码表检查，问题会列在这里。'
                  : '写入时被数据库拒绝的行会列在这里。'
              }
            />
          ),
        }}
        data-testid="import-problems"
        columns={[
          { title: '行号', dataIndex: 'row', width: 90, render: (r: number) => `第 ${r} 行` },
          { title: '列', dataIndex: 'column', width: 200, render: (c: string) => c || '（整行）' },
          { title: '原因', dataIndex: 'message' },
        ]}
      />
    </>
  );
}
