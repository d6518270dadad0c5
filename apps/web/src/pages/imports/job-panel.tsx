import { Alert, Card, Col, Descriptions, Progress, Row, Space, Statistic, Steps, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { queryClient, send, useAction, useGet } from '../../api/query';
import type { ImportJob } from '../../api/types';
import { useRegionName } from '../../components/reference-data';
import { dateTimeText } from '../../format';
import { Problems } from './import-problems';
import { CANCELLABLE, KIND_LABELS, RUNNING, StatusTag } from './import-names';
import { ConfirmButton } from '../../components/confirm-button';

const POLL_MS = 1000;

const fileSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

function RegionName({ code }: { code: string | null }) {
  const name = useRegionName(code ?? undefined);
  return <>{code ? name : '全国（不限地区）'}</>;
}

function stepOf(job: ImportJob): { current: number; status: 'wait' | 'process' | 'finish' | 'error' } {
  switch (job.status) {
    case 'validation_queued':
    case 'validating':
      return { current: 1, status: 'process' };
    case 'validated':
      return { current: 2, status: 'process' };
    case 'commit_queued':
    case 'committing':
      return { current: 3, status: 'process' };
    case 'committed':
      return { current: 4, status: 'finish' };
    default:
      return { current: job.phase === 'commit' ? 3 : 1, status: 'error' };
  }
}

/**
 * The job as the worker moves it along: asked for every second while it runs. A passing network
 * failure keeps it watching (more slowly); a 403/404 will not change by asking again.
 */
function useImportJob(id: string) {
  return useGet<ImportJob>(`/imports/${id}`, undefined, {
    refetchInterval: (job, err) =>
      err
        ? err.status === 0 || err.status >= 500
          ? POLL_MS * 3
          : false
        : job && RUNNING.has((job as ImportJob).status)
          ? POLL_MS
          : false,
  });
}

export function JobPanel({ id }: { id: string }) {
  const { data: job, error } = useImportJob(id);
  const act = useAction((what: 'commit' | 'cancel') => send<ImportJob>(`/imports/${id}/${what}`, 'POST'), {
    invalidates: ['imports'],
    success: (after, what) =>
      what === 'commit' ? '已开始导入' : after.status === 'cancelled' ? '已取消' : '正在取消：当前批次写完后停止',
  });
  const status = job?.status;
  useEffect(() => {
    // the list follows the job's status, not every progress tick
    if (status)
      void queryClient.invalidateQueries({
        queryKey: ['imports'],
        predicate: (q) => typeof q.queryKey[1] === 'object',
      });
  }, [status]);

  if (error && !job) {
    return (
      <Card>
        <Alert type="error" showIcon title={error.message} action={<Link to="/imports">返回</Link>} />
      </Card>
    );
  }
  if (!job) return <Card loading />;

  const total = job.progress.totalRows;
  const done = job.progress.rowsDone;
  const percent = total
    ? Math.floor((done / total) * 100)
    : job.status === 'committed' || job.status === 'validated'
      ? 100
      : 0;
  const step = stepOf(job);
  const running = RUNNING.has(job.status);
  return (
    <Card
      title={
        <Space wrap>
          <span>{job.fileName}</span>
          <StatusTag status={job.status} testId="import-status" />
        </Space>
      }
      extra={running ? <Typography.Text type="secondary">每秒刷新</Typography.Text> : null}
      data-testid="import-job"
    >
      <Steps
        size="small"
        current={step.current}
        status={step.status}
        responsive
        style={{ marginBottom: 20 }}
        items={[
          { title: '上传' },
          { title: '校验（不写入）' },
          { title: '确认导入' },
          { title: '写入' },
          { title: '完成' },
        ]}
      />
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="内容">{KIND_LABELS[job.kind]}</Descriptions.Item>
        <Descriptions.Item label="文件">
          {job.format.toUpperCase()} · {fileSize(job.fileSize)}
          {job.encoding ? ` · ${job.encoding.toUpperCase()}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="地区">
          <RegionName code={job.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label="上传时间">{dateTimeText(job.createdAt)}</Descriptions.Item>
      </Descriptions>
      <div style={{ marginBottom: 16 }}>
        <Typography.Text>{job.phase === 'commit' ? '写入进度' : '校验进度'}：</Typography.Text>
        <Typography.Text data-testid="import-progress">
          已处理 {done.toLocaleString('zh-CN')} / {total === null ? '—' : total.toLocaleString('zh-CN')} 行
        </Typography.Text>
        <Progress
          percent={percent}
          status={
            job.status === 'failed'
              ? 'exception'
              : running
                ? 'active'
                : job.status === 'cancelled'
                  ? 'normal'
                  : 'success'
          }
        />
      </div>
      <Counts job={job} />
      <Outcome job={job} />
      <Space wrap style={{ marginBottom: 16 }}>
        {job.status === 'validated' ? (
          <ConfirmButton
            title="确认导入"
            description={`将写入 ${job.validRows} 行${job.problemRows ? `，跳过 ${job.problemRows} 行有问题的数据` : ''}。`}
            okText="导入"
            cancelText="再看看"
            onConfirm={() => act.mutateAsync('commit').catch(() => undefined)}
            danger={false}
            size="middle"
            type="primary"
            disabled={!job.validRows}
            loading={act.isPending && act.variables === 'commit'}
            data-testid="commit-import"
          >
            确认导入（{job.validRows} 行）
          </ConfirmButton>
        ) : null}
        {CANCELLABLE.has(job.status) ? (
          <ConfirmButton
            title="取消这次导入？"
            description={
              running && job.phase === 'commit' ? '正在写入的批次完成后停止，已写入的数据保留。' : '不会写入任何数据。'
            }
            okText="取消导入"
            cancelText="不取消"
            onConfirm={() => act.mutateAsync('cancel').catch(() => undefined)}
            size="middle"
            type="default"
            loading={act.isPending && act.variables === 'cancel'}
            disabled={job.cancelRequested}
            data-testid="cancel-import"
          >
            {job.cancelRequested ? '正在取消…' : '取消导入'}
          </ConfirmButton>
        ) : null}
      </Space>
      <Problems job={job} running={running} />
    </Card>
  );
}

function Counts({ job }: { job: ImportJob }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={12} md={6}>
        <Statistic title="可导入的行" value={job.validRows} data-testid="valid-rows" />
      </Col>
      <Col xs={12} md={6}>
        <Statistic
          title="有问题的行"
          value={job.problemRows}
          styles={job.problemRows ? { content: { color: '#cf1322' } } : undefined}
          data-testid="problem-rows"
        />
      </Col>
      {job.phase === 'commit' ? (
        <>
          <Col xs={12} md={6}>
            <Statistic
              title="已导入"
              value={job.importedRows}
              styles={{ content: { color: '#389e0d' } }}
              data-testid="imported-rows"
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic title="已跳过" value={job.skippedRows} data-testid="skipped-rows" />
          </Col>
        </>
      ) : null}
    </Row>
  );
}

/** What the job came to, in a sentence: unreadable file, cancelled, committed, or validated and waiting. */
function Outcome({ job }: { job: ImportJob }) {
  const said = (type: 'error' | 'info' | 'success' | 'warning', title: string) => (
    <Alert type={type} showIcon title={title} style={{ marginBottom: 16 }} />
  );
  return (
    <>
      {job.error ? said('error', `文件无法导入：${job.error.message}`) : null}
      {job.status === 'cancelled'
        ? said(
            'info',
            job.phase === 'commit' && job.importedRows
              ? `已取消；取消前写入的 ${job.importedRows} 行已保留。`
              : '已取消，没有写入任何数据。',
          )
        : null}
      {job.status === 'committed'
        ? said(
            'success',
            `导入完成：写入 ${job.importedRows} 行${job.skippedRows ? `，跳过 ${job.skippedRows} 行（原因见下表）` : ''}。`,
          )
        : null}
      {job.status === 'validated'
        ? said(
            job.validRows ? 'info' : 'warning',
            job.validRows
              ? `校验完成：${job.validRows} 行可以导入${job.problemRows ? `，${job.problemRows} 行有问题将被跳过（可修改文件后重新上传）` : ''}。确认后开始写入。`
              : '没有可以导入的行，请按下表修改文件后重新上传。',
          )
        : null}
    </>
  );
}
