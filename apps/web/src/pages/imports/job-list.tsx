import { Link } from 'react-router-dom';
import { usePaged } from '../../api/query';
import type { ImportJob, ImportKind, ImportStatus } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { PagedTable } from '../../components/paged-table';
import { KIND_LABELS, StatusTag } from './import-names';
import { whenColumn } from '../../components/columns';

/** The bureau's past imports, newest first; the open one is highlighted. */
export function JobList({ selected }: { selected?: string }) {
  const list = usePaged<ImportJob>('/imports', {}, 10, (n) => `共 ${n} 次导入`);
  return (
    <>
      <PagedTable<ImportJob>
        list={list}
        size="middle"
        loading={list.isPending}
        scroll={{ x: 860 }}
        rowClassName={(j) => (j.id === selected ? 'ant-table-row-selected' : '')}
        empty={
          <EmptyState title="还没有导入记录" hint="下载模板、按模板填好后上传，校验结果和导入进度会记录在这里。" />
        }
        data-testid="import-jobs"
        columns={[
          whenColumn('上传时间', 'createdAt', 150),
          {
            title: '文件',
            dataIndex: 'fileName',
            render: (n: string, j) => (
              <Link to={`/imports/${j.id}`} data-testid="import-job-link">
                {n}
              </Link>
            ),
          },
          { title: '内容', dataIndex: 'kind', width: 170, render: (k: ImportKind) => KIND_LABELS[k] },
          { title: '状态', dataIndex: 'status', width: 150, render: (s: ImportStatus) => <StatusTag status={s} /> },
          {
            title: '结果',
            key: 'result',
            width: 220,
            render: (_: unknown, j) =>
              j.phase === 'commit'
                ? `导入 ${j.importedRows} 行，跳过 ${j.skippedRows} 行`
                : j.progress.totalRows === null
                  ? '—'
                  : `${j.progress.totalRows} 行，其中 ${j.problemRows} 行有问题`,
          },
        ]}
      />
    </>
  );
}
