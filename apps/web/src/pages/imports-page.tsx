import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Popconfirm,
  Progress,
  Row,
  Segmented,
  Space,
  Statistic,
  Steps,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, download, type Page } from '../api/client';
import type { ImportJob, ImportKind, ImportStatus } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { EmptyState } from '../components/empty-state';
import { useRegionName } from '../components/reference-data';
import { RegionPicker } from '../components/region-picker';
import { useApi } from '../components/use-api';
import { dateTimeText } from '../format';
import { Problems } from './imports/import-problems';

const KIND_LABELS: Record<ImportKind, string> = {
  achievements: '科技成果',
  needs: '技术需求',
  contracts: '技术合同（已认定登记）',
};

const STATUS: Record<ImportStatus, { text: string; color: string }> = {
  validation_queued: { text: '等待校验', color: 'default' },
  validating: { text: '校验中', color: 'processing' },
  validated: { text: '校验完成，待确认', color: 'blue' },
  commit_queued: { text: '等待导入', color: 'processing' },
  committing: { text: '导入中', color: 'processing' },
  committed: { text: '导入完成', color: 'success' },
  failed: { text: '失败', color: 'error' },
  cancelled: { text: '已取消', color: 'default' },
};

/** The worker is still on it: the page keeps asking. */
const RUNNING: ReadonlySet<ImportStatus> = new Set(['validation_queued', 'validating', 'commit_queued', 'committing']);
const CANCELLABLE: ReadonlySet<ImportStatus> = new Set([
  'validation_queued',
  'validating',
  'validated',
  'commit_queued',
  'committing',
]);
const POLL_MS = 1000;

const fileSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

function StatusTag({ status, testId }: { status: ImportStatus; testId?: string }) {
  const s = STATUS[status];
  return (
    <Tag color={s.color} data-testid={testId}>
      {s.text}
    </Tag>
  );
}

function RegionName({ code }: { code: string | null }) {
  const name = useRegionName(code ?? undefined);
  return <>{code ? name : '全国（不限地区）'}</>;
}

/** 批量导入: template, upload, a dry run with its problems, then the commit; with the bureau's past jobs. */
export default function ImportsPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const [listTick, setListTick] = useState(0);
  const refreshList = () => setListTick((t) => t + 1);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title="批量导入">
        <UploadPanel
          onCreated={(job) => {
            refreshList();
            void navigate(`/imports/${job.id}`);
          }}
        />
      </Card>
      {id ? <JobPanel key={id} id={id} onChange={refreshList} /> : null}
      <Card title="导入记录">
        <JobList tick={listTick} selected={id} />
      </Card>
    </Space>
  );
}

function UploadPanel({ onCreated }: { onCreated(job: ImportJob): void }) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const [kind, setKind] = useState<ImportKind>('achievements');
  const [regionCode, setRegionCode] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const template = async () => {
    try {
      await download(`/imports/templates/${kind}`, {}, `${KIND_LABELS[kind]}导入模板.xlsx`);
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '下载失败');
    }
  };

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    const body = new FormData();
    body.append('kind', kind);
    if (regionCode) body.append('regionCode', regionCode);
    body.append('file', file, file.name);
    try {
      const job = await api<ImportJob>('/imports', { method: 'POST', body });
      void message.success(`「${job.fileName}」已上传，正在校验`);
      onCreated(job);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '上传失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} lg={10}>
        <Form layout="vertical">
          <Form.Item label="导入内容">
            <Segmented<ImportKind>
              block
              value={kind}
              onChange={setKind}
              options={(Object.keys(KIND_LABELS) as ImportKind[]).map((k) => ({
                value: k,
                label: k === 'contracts' ? '技术合同' : KIND_LABELS[k],
              }))}
              data-testid="import-kind"
            />
          </Form.Item>
          <Form.Item label="导入模板" extra="中文列名，含“说明”工作表（每列的填写要求）和代码表；列的顺序可以调整。">
            <Button onClick={() => void template()} data-testid="download-template">
              下载{KIND_LABELS[kind]}模板
            </Button>
          </Form.Item>
          <Form.Item
            label="导入到地区"
            extra={me?.org.type === 'platform' ? '不选则不限地区' : '默认本局所在地区；须在本局辖区内'}
          >
            <RegionPicker value={regionCode} onChange={setRegionCode} placeholder="默认本局所在地区" />
          </Form.Item>
        </Form>
      </Col>
      <Col xs={24} lg={14}>
        {error ? (
          <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="upload-error" />
        ) : null}
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="import-upload"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{busy ? '正在上传…' : `点击或拖入${KIND_LABELS[kind]}文件（XLSX 或 CSV）`}</p>
          <p className="ant-upload-hint">
            CSV 可为 UTF-8 或 GB18030（GBK）编码。上传后先逐行校验、不写入任何数据；确认后才导入无问题的行。
          </p>
        </Upload.Dragger>
      </Col>
    </Row>
  );
}

/** The job as the worker moves it along: polled while it runs. */
function useImportJob(id: string) {
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<ApiError>();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctrl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const j = await api<ImportJob>(`/imports/${id}`, { signal: ctrl.signal });
        if (ctrl.signal.aborted) return;
        setJob(j);
        setError(undefined);
        if (RUNNING.has(j.status)) timer = setTimeout(() => void load(), POLL_MS);
      } catch (err) {
        if (ctrl.signal.aborted) return;
        const e = err instanceof ApiError ? err : new ApiError(0, 'CLIENT_ERROR', '页面出错了，请刷新后重试');
        setError(e);
        // a passing network failure: keep watching; a 403/404 will not change by asking again
        if (e.status === 0 || e.status >= 500) timer = setTimeout(() => void load(), POLL_MS * 3);
      }
    };
    void load();
    return () => {
      ctrl.abort();
      clearTimeout(timer);
    };
  }, [id, tick]);
  return { job, error, setJob, reload: () => setTick((t) => t + 1) };
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

function JobPanel({ id, onChange }: { id: string; onChange(): void }) {
  const { message } = App.useApp();
  const { job, error, setJob, reload } = useImportJob(id);
  const [busy, setBusy] = useState<'commit' | 'cancel' | null>(null);
  const status = job?.status;
  useEffect(() => {
    if (status) onChange();
    // the list follows the job's status, not every progress tick
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  const act = async (what: 'commit' | 'cancel') => {
    setBusy(what);
    try {
      const after = await api<ImportJob>(`/imports/${id}/${what}`, { method: 'POST' });
      setJob(after);
      void message.success(
        what === 'commit' ? '已开始导入' : after.status === 'cancelled' ? '已取消' : '正在取消：当前批次写完后停止',
      );
      reload();
    } catch (err) {
      void message.error(err instanceof Error ? err.message : '操作失败');
      reload();
    } finally {
      setBusy(null);
    }
  };

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
      {job.error ? (
        <Alert type="error" showIcon title={`文件无法导入：${job.error.message}`} style={{ marginBottom: 16 }} />
      ) : null}
      {job.status === 'cancelled' ? (
        <Alert
          type="info"
          showIcon
          title={
            job.phase === 'commit' && job.importedRows
              ? `已取消；取消前写入的 ${job.importedRows} 行已保留。`
              : '已取消，没有写入任何数据。'
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {job.status === 'committed' ? (
        <Alert
          type="success"
          showIcon
          title={`导入完成：写入 ${job.importedRows} 行${job.skippedRows ? `，跳过 ${job.skippedRows} 行（原因见下表）` : ''}。`}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {job.status === 'validated' ? (
        <Alert
          type={job.validRows ? 'info' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            job.validRows
              ? `校验完成：${job.validRows} 行可以导入${job.problemRows ? `，${job.problemRows} 行有问题将被跳过（可修改文件后重新上传）` : ''}。确认后开始写入。`
              : '没有可以导入的行，请按下表修改文件后重新上传。'
          }
        />
      ) : null}
      <Space wrap style={{ marginBottom: 16 }}>
        {job.status === 'validated' ? (
          <Popconfirm
            title="确认导入"
            description={`将写入 ${job.validRows} 行${job.problemRows ? `，跳过 ${job.problemRows} 行有问题的数据` : ''}。`}
            okText="导入"
            cancelText="再看看"
            onConfirm={() => act('commit')}
            disabled={!job.validRows}
          >
            <Button type="primary" disabled={!job.validRows} loading={busy === 'commit'} data-testid="commit-import">
              确认导入（{job.validRows} 行）
            </Button>
          </Popconfirm>
        ) : null}
        {CANCELLABLE.has(job.status) ? (
          <Popconfirm
            title="取消这次导入？"
            description={
              running && job.phase === 'commit' ? '正在写入的批次完成后停止，已写入的数据保留。' : '不会写入任何数据。'
            }
            okText="取消导入"
            okButtonProps={{ danger: true }}
            cancelText="不取消"
            onConfirm={() => act('cancel')}
          >
            <Button danger loading={busy === 'cancel'} disabled={job.cancelRequested} data-testid="cancel-import">
              {job.cancelRequested ? '正在取消…' : '取消导入'}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      <Problems job={job} running={running} />
    </Card>
  );
}

function JobList({ tick, selected }: { tick: number; selected?: string }) {
  const [page, setPage] = useState(1);
  const list = useApi(
    (signal) => api<Page<ImportJob>>('/imports', { query: { page, pageSize: 10 }, signal }),
    [page, tick],
  );
  return (
    <>
      {list.error ? <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} /> : null}
      <Table<ImportJob>
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 860 }}
        rowClassName={(j) => (j.id === selected ? 'ant-table-row-selected' : '')}
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showTotal: (n) => `共 ${n} 次导入`,
        }}
        locale={{
          emptyText: (
            <EmptyState title="还没有导入记录" hint="下载模板、按模板填好后上传，校验结果和导入进度会记录在这里。" />
          ),
        }}
        data-testid="import-jobs"
        columns={[
          { title: '上传时间', dataIndex: 'createdAt', width: 150, render: (d: string) => dateTimeText(d) },
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
