import { Tag } from 'antd';
import type { ImportKind, ImportStatus } from '../../api/types';

export const KIND_LABELS: Record<ImportKind, string> = {
  achievements: '科技成果',
  needs: '技术需求',
  contracts: '技术合同（已认定登记）',
  registries: '名录（高企、科小、基地、特派员等）',
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
export const RUNNING: ReadonlySet<ImportStatus> = new Set([
  'validation_queued',
  'validating',
  'commit_queued',
  'committing',
]);
export const CANCELLABLE: ReadonlySet<ImportStatus> = new Set([...RUNNING, 'validated']);

export function StatusTag({ status, testId }: { status: ImportStatus; testId?: string }) {
  const s = STATUS[status];
  return (
    <Tag color={s.color} data-testid={testId}>
      {s.text}
    </Tag>
  );
}
